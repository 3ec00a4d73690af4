// /api/cron/outbox — the scheduler (or an admin) runs the outbox worker; each run is recorded as a CronRun.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { deliverOutbox } from '@/lib/email/outbox';
import { recordCronRun } from '@/lib/system/cron-runs';

const query = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

const run = route({ access: { cron: true, roles: ['ADMIN'] }, query }, async ({ query }) => recordCronRun('outbox', () => deliverOutbox({ limit: query.limit })));

export const GET = run;
export const POST = run;
