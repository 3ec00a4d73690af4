'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ImportReport } from '@/lib/sales/csv';
import { callApi } from '@/lib/http/call-api';

/** Pick a CSV, see every row checked, then import all valid rows at once (nothing is imported while a row is invalid). */
export function CsvImport() {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(text: string, commit: boolean) {
    setBusy(true);
    const res = await callApi<ImportReport>('/api/prospects/import', 'POST', { csv: text, commit });
    setBusy(false);
    if (!res.ok) return setError(res.detail);
    setReport(res.data);
    setError(null);
  }

  async function pick(file: File | undefined) {
    setReport(null);
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setFileName(file.name);
    await check(text, false);
  }

  const problems = report?.rows.filter((r) => r.status !== 'ok') ?? [];
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <label htmlFor="csv-file" className="block text-sm font-medium">CSV file</label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => pick(e.target.files?.[0])} className="block text-sm" aria-describedby="csv-help" />
        <p id="csv-help" className="text-xs text-muted">
          Columns: company, contact_name, email, and optionally phone, source, tags (separated by ;), value_eur, probability, stage, owner_email, next_follow_up. The export writes the same columns.
        </p>
      </div>
      {busy && <p role="status" className="text-sm text-muted">Checking {fileName}…</p>}
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      {report && (
        <section aria-labelledby="report-title" className="space-y-3">
          <h2 id="report-title" className="font-serif text-xl">{report.committed ? 'Imported' : `Check of ${fileName}`}</h2>
          <p role="status" className="text-sm">
            {report.total} rows: {report.committed ? `${report.created.length} prospects imported` : `${report.valid} ready to import`}, {report.duplicates} already known or repeated (skipped), {report.invalid} invalid.
          </p>
          {problems.length > 0 && (
            <div className="max-h-96 overflow-auto rounded-xl border border-border bg-card">
              <table className="w-full text-sm">
                <caption className="sr-only">Rows with problems</caption>
                <thead className="sticky top-0 bg-subtle">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-left">Line</th>
                    <th scope="col" className="px-3 py-2 text-left">Email</th>
                    <th scope="col" className="px-3 py-2 text-left">Result</th>
                    <th scope="col" className="px-3 py-2 text-left">Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((r) => (
                    <tr key={r.line} className="border-t border-border">
                      <td className="px-3 py-2 tabular-nums">{r.line}</td>
                      <td className="px-3 py-2">{r.email || '—'}</td>
                      <td className={`px-3 py-2 ${r.status === 'invalid' ? 'text-red-700 dark:text-red-400' : 'text-muted'}`}>{r.status === 'invalid' ? 'Invalid' : 'Skipped'}</td>
                      <td className="px-3 py-2">{r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.committed ? (
            <Link href="/sales/prospects" className="underline">See the prospects</Link>
          ) : report.invalid > 0 ? (
            <p className="text-sm">Correct the invalid rows in the file and choose it again; nothing has been imported.</p>
          ) : (
            report.valid > 0 && csv && <Button disabled={busy} onClick={() => check(csv, true)}>Import {report.valid} prospects</Button>
          )}
        </section>
      )}
    </div>
  );
}
