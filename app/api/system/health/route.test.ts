import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { db } from '@/lib/db';
import { params, request, TEST_API_KEY } from '@/tests/helpers';

describe('GET /api/system/health', () => {
  it('measures every service and names the one that is down', async () => {
    await db.cronRun.create({ data: { job: 'outbox', finishedAt: new Date(), ok: true } });
    const res = await GET(await request('/api/system/health', { as: { apiKey: TEST_API_KEY } }), params());
    const body = await res.json();
    expect(body.checks.database.status).toBe('ok');
    expect(body.checks.realtime.status).toBe('ok');
    expect(body.checks.scheduler.status).toMatch(/ok|degraded/);
    expect(typeof body.checks.outbox.pending).toBe('number');
    expect(res.status).toBe(body.down.length ? 503 : 200);
  });

  it('answers 503 naming realtime when the realtime server is unreachable', async () => {
    const saved = process.env.PUSHER_PORT;
    process.env.PUSHER_PORT = '1'; // nothing listens there
    try {
      const res = await GET(await request('/api/system/health', { as: { apiKey: TEST_API_KEY } }), params());
      expect(res.status).toBe(503);
      expect((await res.json()).down).toContain('realtime');
    } finally {
      process.env.PUSHER_PORT = saved;
    }
  });

  it('tells anonymous callers only the status', async () => {
    const body = await (await GET(await request('/api/system/health'), params())).json();
    expect(body.checks).toBeUndefined();
    expect(body.status).toBeTruthy();
  });
});
