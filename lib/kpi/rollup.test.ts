// Rollups must equal a full recount of the same facts, also after the facts change and after time passes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { storeEmail } from '@/tests/kpi-fixtures';
import { ALL_SCOPE, metricsAt, type ScopedBuckets } from './facts';
import { addCsat, addEmail, addOrder, parseMetrics } from './metrics';
import { readBuckets, totalsByScope } from './read';
import { runRollup } from './rollup';
import { bucketStart, HOUR_MS } from './time';

// A day of its own, so facts other tests store meanwhile never land in these buckets.
const DAY = new Date('2019-03-04T00:00:00Z');
const END = new Date('2019-03-05T00:00:00Z');
const at = (hh: number, mm = 0) => new Date(+DAY + hh * HOUR_MS + mm * 60_000);

/** The recount: every fact of the day, read afresh and added up hour by hour. */
async function recount(now: Date): Promise<ScopedBuckets> {
  const out: ScopedBuckets = new Map();
  const units = new Map((await db.businessUnit.findMany()).map((u) => [u.id, u.key]));
  const scopes = (unitId: string | null) => (unitId ? [ALL_SCOPE, units.get(unitId)!] : [ALL_SCOPE]);
  const hour = (t: Date) => +bucketStart(t, 'hour');
  const emails = await db.email.findMany({ where: { direction: 'INBOUND', receivedAt: { gte: DAY, lt: END } }, include: { task: true } });
  for (const e of emails) for (const s of scopes(e.businessUnitId)) addEmail(metricsAt(out, hour(e.receivedAt), s), e, now);
  for (const a of await db.csatResponse.findMany({ where: { answeredAt: { gte: DAY, lt: END } } }))
    for (const s of scopes(a.businessUnitId)) addCsat(metricsAt(out, hour(a.answeredAt!), s), { rating: a.rating! });
  for (const o of await db.order.findMany({ where: { placedAt: { gte: DAY, lt: END } } })) addOrder(metricsAt(out, hour(o.placedAt), ALL_SCOPE), o);
  // buckets with nothing to count are not stored
  for (const [b, s] of out) {
    for (const [scope, m] of s) if (!m.received && !m.csatCount && !m.orders) s.delete(scope);
    if (!s.size) out.delete(b);
  }
  return out;
}

async function snapshots(period: 'hour' | 'day'): Promise<ScopedBuckets> {
  const rows = await db.metricSnapshot.findMany({ where: { period, bucketStart: { gte: DAY, lt: END } } });
  const out: ScopedBuckets = new Map();
  for (const r of rows) Object.assign(metricsAt(out, +r.bucketStart, r.scope), parseMetrics(r.metrics));
  return out;
}

const plain = (b: ScopedBuckets) => Object.fromEntries([...b].map(([t, s]) => [new Date(t).toISOString(), Object.fromEntries(s)]));
const dayTotals = (b: ScopedBuckets) => Object.fromEntries(totalsByScope(b));

async function expectRollupsToMatch(now: Date) {
  const expected = await recount(now);
  expect(plain(await snapshots('hour'))).toEqual(plain(expected));
  // the day snapshot is the sum of its hours
  const days = await snapshots('day');
  expect(Object.fromEntries(days.get(+DAY) ?? new Map())).toEqual(dayTotals(expected));
  return expected;
}

/** Makes the day's facts look stored long before the last run, so only changes made after this count as touched. */
async function ageFacts() {
  const hourAgo = new Date(Date.now() - HOUR_MS);
  const ofDay = { gte: DAY, lt: END };
  await db.email.updateMany({ where: { receivedAt: ofDay }, data: { createdAt: hourAgo } });
  await db.task.updateMany({ where: { email: { receivedAt: ofDay } }, data: { updatedAt: hourAgo } });
  await db.order.updateMany({ where: { placedAt: ofDay }, data: { updatedAt: hourAgo } });
}

/** An order of `netCents` goods; its total adds 19 % VAT and shipping, which are not revenue. */
async function placeOrder(placedAt: Date, netCents: number, status: 'PLACED' | 'CONFIRMED' | 'CANCELLED') {
  const [vatCents, shippingCents] = [Math.round(netCents * 0.19), 990];
  const address = { line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' };
  return db.order.create({
    data: {
      number: `HB-TEST-${randomUUID().slice(0, 12)}`,
      status,
      email: 'kpi@example.org',
      contactName: 'KPI Test',
      shippingAddress: address,
      billingAddress: address,
      paymentMethod: 'INVOICE',
      netCents,
      vatCents,
      shippingCents,
      totalCents: netCents + vatCents + shippingCents,
      placedAt,
    },
  });
}

describe('MetricSnapshot rollups', () => {
  it('equal a full recount, after changes and after SLAs run out', async () => {
    const units = ['orders', 'quality', 'support'];
    const types = ['ORDER', 'COMPLAINT', 'INQUIRY', 'INVOICE'] as const;
    const stored = [];
    for (let i = 0; i < 24; i++) {
      const receivedAt = at(8 + (i % 5), (i * 7) % 60);
      const responded = i % 3 !== 0;
      stored.push(
        await storeEmail({
          receivedAt,
          unit: units[i % 3],
          type: types[i % 4],
          autoHandled: i % 4 === 1,
          task: i % 6 === 5 ? null : { slaDueAt: new Date(+receivedAt + 60 * 60_000), firstResponseAt: responded ? new Date(+receivedAt + (i + 1) * 400_000) : null },
        }),
      );
    }
    // due in half an hour from now: not breached yet, but will be once that time has passed
    const pending = await storeEmail({ receivedAt: at(12, 40), unit: 'orders', task: { slaDueAt: new Date(Date.now() + 30 * 60_000) } });
    const quality = await db.businessUnit.findUniqueOrThrow({ where: { key: 'quality' } });
    await db.csatResponse.create({ data: { token: randomUUID(), customerEmail: 'a@example.org', businessUnitId: quality.id, rating: 4, answeredAt: at(9, 30) } });
    await db.csatResponse.create({ data: { token: randomUUID(), customerEmail: 'b@example.org', rating: 2, answeredAt: at(10, 15) } });
    await placeOrder(at(9, 10), 10_000, 'PLACED');
    const cancelled = await placeOrder(at(9, 20), 5_000, 'CONFIRMED');
    await placeOrder(at(11), 7_000, 'CANCELLED');

    await runRollup();
    const first = await expectRollupsToMatch(new Date());
    await ageFacts();
    expect(totalsByScope(first).get(ALL_SCOPE)).toMatchObject({ received: 25, orders: 2, revenueCents: 15_000, csatCount: 2 });

    // facts change: an answer, an agent finishing an email, a cancellation, a late email, a new rating
    const unanswered = stored.find((e) => e.task && !e.task.firstResponseAt)!;
    await db.task.update({ where: { id: unanswered.task!.id }, data: { firstResponseAt: at(12, 30) } });
    const finished = stored.find((e) => e.task && !e.autoHandled)!;
    await db.email.update({ where: { id: finished.id }, data: { autoHandled: true } });
    await db.task.update({ where: { id: finished.task!.id }, data: { status: 'CLOSED', closedAt: at(13) } });
    await db.order.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } });
    await storeEmail({ receivedAt: at(11, 45), unit: 'quality', type: 'COMPLAINT' });
    // a real rating is answered now; this one is back-dated into the hour the late email above touches
    await db.csatResponse.create({ data: { token: randomUUID(), customerEmail: 'c@example.org', businessUnitId: quality.id, rating: 5, answeredAt: at(11, 30) } });

    await runRollup();
    const second = await expectRollupsToMatch(new Date());
    await ageFacts();
    expect(totalsByScope(second).get(ALL_SCOPE)).toMatchObject({ received: 26, orders: 1, revenueCents: 10_000, csatCount: 3 });

    // an hour later the pending task has missed its SLA without any row changing
    const later = new Date(Date.now() + HOUR_MS);
    const breachedBefore = totalsByScope(second).get('orders')!.slaBreached;
    await runRollup(later);
    const third = await expectRollupsToMatch(later);
    expect(totalsByScope(third).get('orders')!.slaBreached).toBe(breachedBefore + 1);
    expect(pending.task!.firstResponseAt).toBeNull();
  });

  it('pages read the same counters from rollups as from a live count', async () => {
    const day = new Date('2019-03-06T00:00:00Z');
    const end = new Date('2019-03-07T00:00:00Z');
    const hour = (h: number, m = 0) => new Date(+day + h * HOUR_MS + m * 60_000);
    await storeEmail({ receivedAt: hour(15), unit: 'support', task: { slaDueAt: hour(16), firstResponseAt: hour(15, 20) } });
    await storeEmail({ receivedAt: hour(15, 30), unit: 'quality', type: 'COMPLAINT', task: { slaDueAt: hour(16) } });
    await storeEmail({ receivedAt: hour(18), unit: 'orders', autoHandled: true });
    await runRollup();
    const now = new Date();
    for (const g of ['hour', 'day'] as const) {
      const fromRollups = await readBuckets({ from: day, to: end, g, now });
      const live = await readBuckets({ from: day, to: end, g, now }, null);
      expect(plain(live)).toEqual(plain(fromRollups));
      expect(totalsByScope(fromRollups).get(ALL_SCOPE)).toMatchObject({ received: 3, autoHandled: 1, slaKept: 1, slaBreached: 1, responded: 1 });
    }
  });
});
