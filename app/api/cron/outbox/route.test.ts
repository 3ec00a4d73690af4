import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { params, request } from '@/tests/helpers';

// The worker itself is tested against a real SMTP server in lib/email/outbox.test.ts. Here a real run would
// send the pending mail of every other test sharing this database, so the route's wiring is checked with a stand-in.
const deliverOutbox = vi.hoisted(() => vi.fn(async () => ({ claimed: 3, sent: 2, retrying: 1, failed: 0 })));
vi.mock('@/lib/email/outbox', () => ({ deliverOutbox }));

const { GET, POST } = await import('./route');

describe('/api/cron/outbox', () => {
  it('runs the worker for the scheduler and records the run', async () => {
    const before = new Date();
    const res = await GET(await request('/api/cron/outbox?limit=50', { as: { cron: true } }), params());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ claimed: 3, sent: 2, retrying: 1, failed: 0 });
    expect(deliverOutbox).toHaveBeenLastCalledWith({ limit: 50 });
    const run = await db.cronRun.findFirstOrThrow({ where: { job: 'outbox', startedAt: { gte: new Date(before.getTime() - 1000) } }, orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ ok: true, counts: { claimed: 3, sent: 2, retrying: 1, failed: 0 } });
  });

  it('lets an admin run it by hand and nobody else', async () => {
    expect((await POST(await request('/api/cron/outbox', { method: 'POST', as: { email: 'admin@h-bu.de' } }), params())).status).toBe(200);
    expect(deliverOutbox).toHaveBeenLastCalledWith({ limit: 100 });
    expect((await GET(await request('/api/cron/outbox', { as: { email: 'agent@h-bu.de' } }), params())).status).toBe(403);
    expect((await GET(await request('/api/cron/outbox'), params())).status).toBe(401);
  });

  it('records a failed run', async () => {
    deliverOutbox.mockRejectedValueOnce(new Error('SMTP server unreachable'));
    const res = await GET(await request('/api/cron/outbox', { as: { cron: true } }), params());
    expect(res.status).toBe(500);
    const run = await db.cronRun.findFirstOrThrow({ where: { job: 'outbox', ok: false }, orderBy: { startedAt: 'desc' } });
    expect(run.error).toBe('SMTP server unreachable');
  });
});
