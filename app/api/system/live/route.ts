// Liveness: the process answers requests. Nothing else is checked (that is /api/system/health), so a busy database
// never gets the app restarted; the dashboard benchmark also times it as the cheapest route this server has.
import { route } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

export const GET = route({ access: { public: true }, rateLimit: false }, async () =>
  Response.json({ status: 'live' }, { headers: { 'cache-control': 'no-store' } }),
);
