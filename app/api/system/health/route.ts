// Anyone may ask whether we are up (load balancers do); only staff, cron and API keys see the details.
import { route } from '@/lib/http/handler';
import { systemHealth } from '@/lib/system/health';

export const dynamic = 'force-dynamic';

export const GET = route({ access: { public: true }, rateLimit: false }, async ({ caller }) => {
  const health = await systemHealth();
  const down = Object.entries(health.checks).filter(([, c]) => c.status === 'down').map(([name]) => name);
  const trusted = caller.kind === 'cron' || caller.kind === 'api_key' || (caller.kind === 'user' && caller.role !== 'BUYER');
  const body = trusted ? { ...health, down } : { status: health.status, timestamp: health.timestamp, version: health.version, down };
  return Response.json(body, { status: down.length ? 503 : 200, headers: { 'cache-control': 'no-store' } });
});
