import { route } from '@/lib/http/handler';
import { runMonitor } from '@/lib/sales/monitor';

const access = { cron: true, roles: ['ADMIN'] } as const;

/** The email monitor: Vercel Cron and the local scheduler call GET; admins may trigger it by POST. */
export const GET = route({ access, rateLimit: false }, () => runMonitor());
export const POST = route({ access, rateLimit: false }, () => runMonitor());

export const dynamic = 'force-dynamic';
export const maxDuration = 60;
