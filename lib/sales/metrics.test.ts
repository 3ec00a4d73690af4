import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { GET } from '@/app/api/metrics/sales/route';
import { sendOutreach } from './outreach';
import { createProspect, moveProspect } from './prospects';
import { addInteraction } from './interactions';
import { prospectCreateSchema } from './schemas';
import type { SalesMetrics } from './metrics';

const run = randomUUID().slice(0, 8);

describe('sales metrics', () => {
  it('computes pipeline, funnel, win rate, activities and response rate for one rep', async () => {
    // A fresh rep, so the numbers are exactly what this test did.
    const user = await db.user.create({ data: { email: `rep.${run}@h-bu.de`, name: `Rep ${run}`, passwordHash: 'x', role: 'SALES_REP' } });
    const rep: Caller = { kind: 'user', id: user.id, role: 'SALES_REP', name: user.name, email: user.email };
    const make = (n: string, valueCents: number) =>
      createProspect(rep, prospectCreateSchema.parse({ company: `M ${n}`, contactName: n, email: `${n}.${run}@metrics-${run}.example`, valueCents }));
    const a = await make('a', 1_000_000);
    const b = await make('b', 2_000_000);
    const c = await make('c', 500_000);
    await moveProspect(rep, a.id, { stage: 'proposal' }); // weighted 60 %
    await moveProspect(rep, b.id, { stage: 'qualified' });
    await moveProspect(rep, b.id, { stage: 'won', reason: 'Best samples' });
    await moveProspect(rep, c.id, { stage: 'lost', reason: 'No budget' });
    await addInteraction(rep, a.id, { kind: 'CALL', summary: 'Call' });
    await addInteraction(rep, b.id, { kind: 'CALL', summary: 'Call last week', occurredAt: new Date(Date.now() - 7 * 86_400_000) }); // from the daily rollup
    await sendOutreach(rep, a.id, { subject: 'Hello', text: 'Samples?', from: 'me' });
    await sendOutreach(rep, c.id, { subject: 'Hello', text: 'Samples?', from: 'me' });
    await db.interaction.create({ data: { prospectId: a.id, kind: 'EMAIL_IN', summary: 'Re: Hello', occurredAt: new Date(Date.now() + 1000) } });

    const res = await GET(await request(`/api/metrics/sales?owner=${user.id}&to=${new Date(Date.now() + 60_000).toISOString()}`, { as: { apiKey: TEST_API_KEY } }), params());
    expect(res.status).toBe(200);
    const m = (await res.json()) as SalesMetrics;
    expect(m.team.open).toEqual({ count: 1, valueCents: 1_000_000, weightedCents: 600_000 });
    expect(m.team.won).toMatchObject({ count: 1, valueCents: 2_000_000 });
    expect(m.team.lost.count).toBe(1);
    expect(m.team.winRate).toBe(0.5);
    expect(m.team.avgCycleDays).toBeGreaterThanOrEqual(0);
    expect(m.team.activitiesByKind).toEqual({ CALL: 2, EMAIL_OUT: 2 });
    expect(m.team).toMatchObject({ outreached: 2, responded: 1, responseRate: 0.5 });
    const reached = Object.fromEntries(m.funnel.map((f) => [f.key, f.reached]));
    expect(reached).toMatchObject({ lead: 3, contacted: 2, qualified: 2, proposal: 2, negotiation: 1, won: 1 });
    expect(m.funnel.find((f) => f.key === 'lead')?.conversionToNext).toBeCloseTo(2 / 3);
    expect(m.pipeline.find((s) => s.key === 'proposal')).toMatchObject({ count: 1, weightedCents: 600_000 });
    expect(m.reps).toHaveLength(1);
  });

  it('shows a rep only their own numbers', async () => {
    const sales2 = await db.user.findUniqueOrThrow({ where: { email: 'sales2@h-bu.de' } });
    const res = await GET(await request(`/api/metrics/sales?owner=${sales2.id}`, { as: { email: 'sales@h-bu.de' } }), params());
    const m = (await res.json()) as SalesMetrics;
    expect(m.owner).not.toBe(sales2.id);
    expect(m.reps.every((r) => r.id === m.owner)).toBe(true);
  });

  it('answers 400 naming query.to for a period that ends before it starts', async () => {
    const res = await GET(await request('/api/metrics/sales?from=2026-11-27&to=2026-11-01', { as: { email: 'manager@h-bu.de' } }), params());
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'query.to', message: 'ends before the period starts' }]);
  });

  it('answers 400 naming query.from for a period that starts in the future', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const res = await GET(await request(`/api/metrics/sales?from=${tomorrow}`, { as: { email: 'manager@h-bu.de' } }), params());
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'query.from', message: 'starts in the future' }]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await GET(await request(`/api/metrics/sales?from=${today}`, { as: { email: 'manager@h-bu.de' } }), params())).status).toBe(200);
  });

  it('answers 400 naming query.owner for an owner no user is, as the prospects API does; "me" is the caller', async () => {
    const res = await GET(await request(`/api/metrics/sales?owner=no-one-${run}`, { as: { email: 'manager@h-bu.de' } }), params());
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'query.owner', message: `no user has the id “no-one-${run}”` }]);
    const manager = await db.user.findUniqueOrThrow({ where: { email: 'manager@h-bu.de' } });
    const mine = await GET(await request('/api/metrics/sales?owner=me', { as: { email: 'manager@h-bu.de' } }), params());
    expect(((await mine.json()) as SalesMetrics).owner).toBe(manager.id);
  });
});
