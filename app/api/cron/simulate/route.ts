// /api/cron/simulate — the scheduler (or an admin, who may pick ?count=) generates simulated inbound traffic
// through the real pipeline; each run is recorded as a CronRun with its seed, so it can be replayed.
import { z } from 'zod';
import { env } from '@/lib/config/env';
import { route } from '@/lib/http/handler';
import { simulateTraffic, simulationSeed } from '@/lib/email/simulator/simulate';
import { recordCronRun } from '@/lib/system/cron-runs';

const query = z.object({ count: z.coerce.number().int().min(0).max(500).optional() });

const run = route({ access: { cron: true, roles: ['ADMIN'] }, query, rateLimit: false }, async ({ query }) => {
  const count = query.count ?? env().SIMULATOR_RATE;
  const seed = await simulationSeed();
  return recordCronRun('simulate', () => simulateTraffic({ count, seed }));
});

export const GET = run;
export const POST = run;

export const dynamic = 'force-dynamic';
export const maxDuration = 60;
