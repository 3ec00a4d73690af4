import { route } from '@/lib/http/handler';
import { runRollup } from '@/lib/kpi/rollup';

const access = { cron: true, roles: ['ADMIN'] } as const;

/** KPI rollups: Vercel Cron and the local scheduler call GET; admins may trigger a run by POST. */
export const GET = route({ access, rateLimit: false }, () => runRollup());
export const POST = route({ access, rateLimit: false }, () => runRollup());

export const dynamic = 'force-dynamic';
export const maxDuration = 60;
