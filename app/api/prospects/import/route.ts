import { route } from '@/lib/http/handler';
import { writeAccess } from '@/lib/sales/api';
import { csvImportSchema, importProspectsCsv } from '@/lib/sales/csv';

/** `{ csv, commit: false }` previews with a per-row report; `commit: true` imports all rows or, with any invalid row, none. */
export const POST = route({ access: writeAccess, body: csvImportSchema, invalidStatus: 422, rateLimit: 30 }, async ({ caller, body }) => {
  const report = await importProspectsCsv(caller, body);
  return Response.json(report, { status: report.committed ? 201 : body.commit && report.invalid > 0 ? 422 : 200 });
});

export const dynamic = 'force-dynamic';
