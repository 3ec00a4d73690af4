// /api/cron/sla — the SLA coordinator: the scheduler (or an admin) sweeps unreviewed tasks through the agents and
// escalates tasks nearing or past their SLA; each run is recorded as a CronRun of the "sla" job.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { runSlaCoordinator } from '@/lib/agents/coordinator';

const query = z.object({ limit: z.coerce.number().int().min(1).max(5000).default(500) });

const run = route({ access: { cron: true, roles: ['ADMIN'] }, query, rateLimit: false }, ({ query }) => runSlaCoordinator({ limit: query.limit }));

export const GET = run;
export const POST = run;

export const dynamic = 'force-dynamic';
export const maxDuration = 60;
