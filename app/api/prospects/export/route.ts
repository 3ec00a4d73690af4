import { route } from '@/lib/http/handler';
import { readAccess, requireKnownFilter } from '@/lib/sales/api';
import { exportProspectsCsv } from '@/lib/sales/csv';
import { prospectFilterSchema } from '@/lib/sales/schemas';

export const GET = route({ access: readAccess, query: prospectFilterSchema, rateLimit: 30 }, async ({ caller, query }) => {
  await requireKnownFilter(query);
  const csv = await exportProspectsCsv(caller, query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="prospects-${day}.csv"` },
  });
});

export const dynamic = 'force-dynamic';
