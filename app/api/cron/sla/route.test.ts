import { describe, expect, it, vi } from 'vitest';
import { params, request } from '@/tests/helpers';

// The coordinator itself is tested in lib/agents/coordinator.test.ts on a unit of its own; a real run here would
// sweep and escalate the tasks of every other test sharing this database, so the route's wiring is checked alone.
const runSlaCoordinator = vi.hoisted(() => vi.fn(async () => ({ reviewed: 2, autoHandled: 1, handedOff: 1, agentFailed: 0, atRisk: 3, breached: 1, reassigned: 1, notified: 4 })));
vi.mock('@/lib/agents/coordinator', () => ({ runSlaCoordinator }));

const { GET, POST } = await import('./route');

describe('/api/cron/sla', () => {
  it('runs the coordinator for the scheduler and answers with what it did', async () => {
    const res = await GET(await request('/api/cron/sla?limit=50', { as: { cron: true } }), params());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reviewed: 2, breached: 1, reassigned: 1 });
    expect(runSlaCoordinator).toHaveBeenLastCalledWith({ limit: 50 });
  });

  it('lets an admin run it by hand and nobody else', async () => {
    expect((await POST(await request('/api/cron/sla', { method: 'POST', as: { email: 'admin@h-bu.de' } }), params())).status).toBe(200);
    expect(runSlaCoordinator).toHaveBeenLastCalledWith({ limit: 500 });
    expect((await GET(await request('/api/cron/sla', { as: { email: 'manager@h-bu.de' } }), params())).status).toBe(403);
    expect((await GET(await request('/api/cron/sla'), params())).status).toBe(401);
    expect((await GET(await request('/api/cron/sla?limit=0', { as: { cron: true } }), params())).status).toBe(400);
  });
});
