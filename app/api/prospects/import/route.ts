import { route } from '@/lib/http/handler';
import { unprocessable } from '@/lib/http/problem';
import { writeAccess } from '@/lib/sales/api';
import { csvImportSchema, importProspectsCsv } from '@/lib/sales/csv';

/** `{ csv, commit: false }` previews with a per-row report; `commit: true` imports all rows or, with any invalid row, none. */
export const POST = route({ access: writeAccess, body: csvImportSchema, invalidStatus: 422, rateLimit: 30 }, async ({ caller, body }) => {
  const report = await importProspectsCsv(caller, body);
  if (body.commit && report.invalid > 0) {
    const errors = report.rows.flatMap((r) => r.errors.filter(() => r.status === 'invalid').map((e) => ({ field: `body.csv.line${r.line}.${e.field}`, message: e.message })));
    throw unprocessable(`${report.invalid} of ${report.total} rows are invalid; nothing was imported.`, { errors, report });
  }
  return Response.json(report, { status: report.committed ? 201 : 200 });
});

export const dynamic = 'force-dynamic';
