import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ingest } from '@/lib/email/pipeline';
import { GET, POST } from '@/app/api/cron/simulate/route';
import { params, request } from '@/tests/helpers';
import { generateEmails } from './generate';
import { simulateTraffic } from './simulate';

describe('simulateTraffic', () => {
  it('feeds every generated message through ingest() and counts what happened', async () => {
    const result = await simulateTraffic({ count: 12, seed: 91_001 });
    expect(result).toMatchObject({ seed: 91_001, generated: 12, ingested: 12, duplicates: 0, failed: 0, errors: [] });
    expect(Object.values(result.byKind).reduce((a, b) => a + b, 0)).toBe(12);
    const stored = await db.email.count({ where: { messageId: { startsWith: `<${(91_001).toString(36)}.` } } });
    expect(stored).toBe(12);
  });

  it('stores bounces linked to the message they report on and the failed recipient', async () => {
    const bounces: { raw: Buffer; messageId: string }[] = [];
    for await (const m of generateEmails({ seed: 91_002, count: 150, startAt: new Date() })) if (m.kind === 'bounce') bounces.push(m);
    expect(bounces.length).toBeGreaterThanOrEqual(2);
    for (const b of bounces) {
      const text = b.raw.toString('latin1');
      const recipient = /Final-Recipient: rfc822; (\S+)/.exec(text)![1];
      const original = /^Message-ID: (<[^>]+@h-bu\.de>)\r$/m.exec(text)![1];
      const stored = await ingest(b.raw);
      const row = await db.email.findUniqueOrThrow({ where: { id: stored.id } });
      expect(row).toMatchObject({ type: 'BOUNCE', bouncedAddress: recipient, bounceFor: original });
      expect(stored.autoReply).toBeNull();
    }
  });
});

describe('/api/cron/simulate', () => {
  it('runs for the scheduler and records the run with its seed', async () => {
    const res = await GET(await request('/api/cron/simulate?count=3', { as: { cron: true } }), params());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ generated: 3, failed: 0 });
    const run = await db.cronRun.findFirstOrThrow({ where: { job: 'simulate' }, orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ ok: true, counts: expect.objectContaining({ seed: body.seed, generated: 3 }) });
  });

  it('lets an admin pick the count, within limits, and nobody else', async () => {
    const admin = { email: 'admin@h-bu.de' };
    expect((await POST(await request('/api/cron/simulate?count=2', { method: 'POST', as: admin }), params())).status).toBe(200);
    expect((await POST(await request('/api/cron/simulate?count=501', { method: 'POST', as: admin }), params())).status).toBe(400);
    expect((await POST(await request('/api/cron/simulate?count=2', { method: 'POST', as: { email: 'agent@h-bu.de' } }), params())).status).toBe(403);
  });
});
