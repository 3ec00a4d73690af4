import { route } from '@/lib/http/handler';
import { requireKnownFilter, SALES_ROLES } from '@/lib/sales/api';
import { salesMetrics } from '@/lib/sales/metrics';
import { metricsQuerySchema } from '@/lib/sales/schemas';

/** Pipeline, funnel, win rate, cycle, velocity, activities and outreach response — team and per rep (a rep sees their own). */
export const GET = route({ access: { roles: SALES_ROLES, scope: 'metrics:read' }, query: metricsQuerySchema }, async ({ caller, query }) => {
  await requireKnownFilter(query);
  return salesMetrics(caller, query);
});

export const dynamic = 'force-dynamic';
