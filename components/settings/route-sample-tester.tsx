'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Field, inputClass } from '@/components/ui/field';
import type { RouteSampleResult } from '@/lib/email/route-sample';
import { formatDuration } from '@/lib/kpi/format';
import { sendJson } from '@/lib/http/send-json';

/** Paste an email, see which rule the pipeline would pick and why — the server runs the real classify and route. */
export function RouteSampleTester() {
  const [result, setResult] = useState<RouteSampleResult | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function test(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const attachments = String(form.get('attachments') ?? '')
      .split(/[\n,]/)
      .map((a) => a.trim())
      .filter(Boolean);
    setBusy(true);
    setError(null);
    const res = await sendJson<RouteSampleResult>('/api/settings/routing-rules/sample', 'POST', {
      from: form.get('from'),
      subject: form.get('subject'),
      text: form.get('text'),
      attachments,
    });
    setBusy(false);
    if (!res.ok) {
      setFields(res.fields);
      setResult(null);
      return setError(res.message);
    }
    setFields({});
    setResult(res.data);
  }

  return (
    <Card>
      <CardTitle>Test a sample</CardTitle>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <form onSubmit={test} className="space-y-3" aria-label="Test a sample email" noValidate>
          <Field label="From" name="from" id="sample-from" required defaultValue="Thomas Becker <t.becker@fashionhouse-berlin.de>" error={fields.from} />
          <Field label="Subject" name="subject" id="sample-subject" placeholder="Bestellung 12345" error={fields.subject} />
          <div className="space-y-1">
            <label htmlFor="sample-text" className="block text-sm font-medium">Text</label>
            <textarea id="sample-text" name="text" rows={5} className={inputClass} placeholder="Dear Happy Buttons team, …" />
          </div>
          <Field label="Attachment names" name="attachments" id="sample-attachments" placeholder="order_12345.pdf, drawing.png" hint="Separated by commas; only the names are tested." error={fields['attachments.0']} />
          {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
          <Button type="submit" disabled={busy}>{busy ? 'Testing…' : 'Test routing'}</Button>
        </form>
        <div aria-live="polite">
          {result ? <SampleOutcome result={result} /> : <p className="text-sm text-muted">The outcome shows here. Nothing is stored and no reply is sent; the enabled rules are used as they are now.</p>}
        </div>
      </div>
    </Card>
  );
}

export function SampleOutcome({ result }: { result: RouteSampleResult }) {
  const c = result.classification;
  const why = [...c.reasons.type, ...c.reasons.priority, ...c.reasons.oem];
  return (
    <div className="space-y-3 text-sm" data-testid="sample-outcome">
      <p className="font-serif text-lg">
        {result.rule ? (
          <>
            Rule <strong>{result.rule.name}</strong> <span className="font-mono text-xs text-muted">({result.rule.key})</span> sends it to <strong>{result.unit.name}</strong>
          </>
        ) : (
          <>No rule matched; <strong>{result.unit.name}</strong> takes it</>
        )}
      </p>
      <ul className="list-disc pl-5">
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-1">
        <Badge tone="royal">{c.type.toLowerCase()}</Badge>
        <Badge tone={c.priority === 'URGENT' || c.priority === 'HIGH' ? 'warning' : 'neutral'}>{c.priority.toLowerCase()} priority</Badge>
        <Badge>{c.language}</Badge>
        {c.isOem && <Badge tone="gold">OEM</Badge>}
        {c.customer && <Badge tone="purple">{c.customer}</Badge>}
      </div>
      <details>
        <summary className="cursor-pointer text-muted">Why this classification</summary>
        <ul className="mt-1 list-disc pl-5 text-xs">
          {why.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <p>Answer due within {formatDuration(result.slaMinutes * 60)} (the unit’s SLA for this priority).</p>
      {result.reply ? (
        <div className="rounded-md border border-border p-3">
          <p className="text-xs uppercase text-muted">Courtesy reply · {result.reply.template}</p>
          <p className="font-medium">{result.reply.subject}</p>
        </div>
      ) : (
        <p className="text-muted">{result.replyReasons.join('; ')}</p>
      )}
    </div>
  );
}
