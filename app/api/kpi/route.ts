// The KPI report as JSON, or the department KPI table as CSV (?format=csv).
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { kpiReport } from '@/lib/kpi/data';
import { departmentCsv } from '@/lib/kpi/csv';
import { periodQuery, resolvePeriod } from '@/lib/kpi/period';

const query = periodQuery.and(z.object({ format: z.enum(['json', 'csv']).default('json') }));

export const GET = route({ access: { roles: ['ADMIN', 'MANAGER'], scope: 'metrics:read' }, query }, async ({ query }) => {
  const now = new Date();
  const report = await kpiReport(resolvePeriod(query, now), now);
  if (query.format === 'json') return Response.json(report, { headers: { 'cache-control': 'no-store' } });
  const filename = `department-kpis-${report.period.from.slice(0, 10)}-${report.period.to.slice(0, 10)}.csv`;
  return new Response(departmentCsv(report.departments), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  });
});

export const dynamic = 'force-dynamic';
