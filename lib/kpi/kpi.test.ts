// KPI math on a fixed dataset, checked against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { departmentKpis } from './departments';
import { histogramQuantile, RESPONSE_BUCKETS } from './histogram';
import { autoHandledShare, csatPercent, firstResponseMedian, firstResponseP90, revenueGrowth, slaCompliance, type KpiTargets } from './measures';
import { addCsat, addEmail, addOrder, emptyMetrics, mergeInto, type EmailFact, type Metrics } from './metrics';
import { MIN_RATINGS, recommendations } from './recommendations';
import { overallScore } from './score';
import { kpiStatus, trendOf } from './assessment';
import type { EmailType, OrderStatus } from '@/lib/generated/sqlite/enums';

const T0 = new Date('2026-03-02T08:00:00Z');
const at = (seconds: number) => new Date(+T0 + seconds * 1000);
const NOW = at(2 * 3600);
const targets: KpiTargets = { autoHandledShare: 70, responseSeconds: 3600, csat: 85, slaCompliance: 95 };

/** [type, auto-handled, first response after s (null = none), SLA minutes (null = no task)] */
const EMAILS: [EmailType, boolean, number | null, number | null][] = [
  ['ORDER', true, 30, 60],
  ['ORDER', true, 120, 60],
  ['INVOICE', true, 200, 60],
  ['COMPLAINT', false, 400, 60],
  ['COMPLAINT', false, 500, 60],
  ['INQUIRY', true, 700, 60],
  ['INQUIRY', true, 1000, 60],
  ['SUPPLIER', false, 1500, 60],
  ['EXPEDITE', true, 2000, 60],
  ['SPAM', true, 4000, 60], // answered after its 60-minute SLA: breached
  ['INQUIRY', false, null, 60], // unanswered and past due at NOW: breached
  ['INQUIRY', false, null, null], // no task
];

function fixture(): Metrics {
  const m = emptyMetrics();
  for (const [type, autoHandled, response, sla] of EMAILS) {
    const fact: EmailFact = {
      receivedAt: T0,
      type,
      autoHandled,
      task: sla === null ? null : { slaDueAt: at(sla * 60), firstResponseAt: response === null ? null : at(response), closedAt: null },
    };
    addEmail(m, fact, NOW);
  }
  for (const rating of [5, 4, 3, 5]) addCsat(m, { rating });
  const orders: [number, OrderStatus][] = [[10_000, 'PLACED'], [5_000, 'CONFIRMED'], [2_000, 'DRAFT'], [3_000, 'CANCELLED']];
  for (const [netCents, status] of orders) addOrder(m, { netCents, status });
  return m;
}

describe('KPI functions on a fixed dataset', () => {
  const m = fixture();

  it('counts what happened', () => {
    expect(m.received).toBe(12);
    expect(m.byType).toEqual({ ORDER: 2, INVOICE: 1, COMPLAINT: 2, INQUIRY: 4, SUPPLIER: 1, EXPEDITE: 1, SPAM: 1 });
    expect(m.tasks).toBe(11);
    expect(m.responded).toBe(10);
    expect(m.responseSecondsSum).toBe(10_450);
    expect(m.slaKept).toBe(9);
    expect(m.slaBreached).toBe(2);
  });

  it('auto-handled share = 7 of 12', () => {
    expect(autoHandledShare(m)).toBeCloseTo((7 / 12) * 100, 10);
  });

  it('first-response median and p90 from the histogram', () => {
    // sorted: 30 | 120 200 | 400 500 | 700 | 1000 | 1500 | 2000 | 4000 in buckets ≤60, ≤300, ≤600, ≤900, ≤1200, ≤1800, ≤2700, ≤5400
    // median: rank 5 is the last value of the ≤600 bucket (2 values after 3 below) → 600
    // p90: rank 9 fills the single value of the (1800, 2700] bucket → 2700
    expect(firstResponseMedian(m)).toBe(600);
    expect(firstResponseP90(m)).toBe(2700);
  });

  it('interpolates inside a bucket and reports the overflow by its lower bound', () => {
    const hist = new Array(RESPONSE_BUCKETS.length + 1).fill(0);
    hist[1] = 4; // four values in (60, 300]
    expect(histogramQuantile(hist, 0.5)).toBe(180); // rank 2 of 4 → halfway from 60 to 300
    const overflow = new Array(RESPONSE_BUCKETS.length + 1).fill(0);
    overflow[RESPONSE_BUCKETS.length] = 3;
    expect(histogramQuantile(overflow, 0.5)).toBe(345_600);
    expect(histogramQuantile(new Array(RESPONSE_BUCKETS.length + 1).fill(0), 0.5)).toBeNull();
  });

  it('CSAT = average rating 4.25 of 5 = 85 %', () => {
    expect(csatPercent(m)).toBeCloseTo(85, 10);
  });

  it('SLA compliance = 9 kept of 11 decided tasks', () => {
    expect(slaCompliance(m)).toBeCloseTo((9 / 11) * 100, 10);
  });

  it('SLA compliance leaves out tasks still within their SLA, and has no value before one is decided', () => {
    const open = emptyMetrics();
    const task = (dueAfter: number, answeredAfter: number | null) => ({ slaDueAt: at(dueAfter), firstResponseAt: answeredAfter === null ? null : at(answeredAfter), closedAt: null });
    for (let i = 0; i < 3; i++) addEmail(open, { receivedAt: T0, type: 'INQUIRY', autoHandled: false, task: task(3 * 3600, null) }, NOW);
    expect(slaCompliance(open)).toBeNull();
    addEmail(open, { receivedAt: T0, type: 'INQUIRY', autoHandled: false, task: task(3600, 600) }, NOW); // kept
    addEmail(open, { receivedAt: T0, type: 'INQUIRY', autoHandled: false, task: task(3600, null) }, NOW); // overdue at NOW
    expect(open).toMatchObject({ tasks: 5, slaKept: 1, slaBreached: 1 });
    expect(slaCompliance(open)).toBe(50);
  });

  it('revenue growth counts net goods and leaves out drafts and cancellations: 150 € against 120 € = +25 %', () => {
    expect(m.revenueCents).toBe(15_000);
    expect(m.orders).toBe(2);
    const previous = emptyMetrics();
    const delivered = { netCents: 12_000, vatCents: 2_280, shippingCents: 990, totalCents: 15_270, status: 'DELIVERED' as const };
    addOrder(previous, delivered);
    expect(revenueGrowth(m, previous)).toBeCloseTo(25, 10);
    expect(revenueGrowth(m, emptyMetrics())).toBeNull();
  });

  it('the overall score weighs the attainments: 0.3·(58.3/70) + 0.3 + 0.25 + 0.15 = 95', () => {
    const { score } = overallScore({ autoHandledShare: autoHandledShare(m), responseMedian: 600, csat: 85, revenueGrowth: 25 }, targets);
    expect(score).toBeCloseTo(95, 10);
    // without ratings or previous revenue the remaining weights are renormalised: (0.25 + 0.3) / 0.6
    expect(overallScore({ autoHandledShare: autoHandledShare(m), responseMedian: 600, csat: null, revenueGrowth: null }, targets).score).toBeCloseTo(
      (100 * (0.3 * (7 / 12 / 0.7) + 0.3)) / 0.6,
      10,
    );
  });

  it('merging two halves gives the same counters as one pass', () => {
    const a = emptyMetrics();
    const b = emptyMetrics();
    EMAILS.forEach(([type, autoHandled], i) =>
      addEmail(i % 2 ? a : b, { receivedAt: T0, type, autoHandled, task: null }, NOW),
    );
    expect(mergeInto(a, b).received).toBe(12);
    expect(a.autoHandled).toBe(7);
  });
});

describe('status and trend', () => {
  it('judges against the target: met = good, within 80 % = warning, below = critical', () => {
    expect(kpiStatus(70, 70, 'higher')).toBe('good');
    expect(kpiStatus(58.3, 70, 'higher')).toBe('warning'); // 0.833
    expect(kpiStatus(50, 70, 'higher')).toBe('critical'); // 0.714
    expect(kpiStatus(4000, 3600, 'lower')).toBe('warning'); // 0.9
    expect(kpiStatus(7200, 3600, 'lower')).toBe('critical'); // 0.5
    expect(kpiStatus(null, 70, 'higher')).toBeNull();
  });

  it('moves up, down or stays flat (within 2 %)', () => {
    expect(trendOf(60, 50)).toBe('up');
    expect(trendOf(40, 50)).toBe('down');
    expect(trendOf(50.5, 50)).toBe('flat');
    expect(trendOf(0, 0)).toBe('flat');
    expect(trendOf(3, 0)).toBe('up');
    expect(trendOf(50, null)).toBeNull();
  });

  it('department KPIs per unit with status and trend', () => {
    const orders = fixture();
    const ordersBefore = emptyMetrics();
    for (let i = 0; i < 10; i++) addEmail(ordersBefore, { receivedAt: T0, type: 'ORDER', autoHandled: i < 5, task: null }, NOW);
    const quality = emptyMetrics();
    for (let i = 0; i < 4; i++) addEmail(quality, { receivedAt: T0, type: 'COMPLAINT', autoHandled: i < 2, task: null }, NOW);
    const rows = departmentKpis(
      [
        { key: 'orders', name: 'Orders' },
        { key: 'quality', name: 'Quality' },
      ],
      new Map([
        ['orders', orders],
        ['quality', quality],
      ]),
      new Map([['orders', ordersBefore]]),
      targets,
    );
    const row = (unit: string, kpi: string) => rows.find((r) => r.unitKey === unit && r.kpi === kpi)!;
    expect(rows).toHaveLength(8);
    expect(row('orders', 'auto_handled_share')).toMatchObject({ status: 'warning', trend: 'up', previous: 50, target: 70, unit: '%' });
    expect(row('orders', 'first_response_median')).toMatchObject({ current: 600, status: 'good', trend: null, unit: 's' });
    expect(row('orders', 'csat')).toMatchObject({ status: 'good' });
    expect(row('orders', 'sla_compliance')).toMatchObject({ status: 'warning' }); // 9 of 11 = 81.8 %, 0.861 of 95 %
    expect(row('quality', 'auto_handled_share')).toMatchObject({ current: 50, status: 'critical', trend: null });
    expect(row('quality', 'csat')).toMatchObject({ current: null, status: null });
  });
});

describe('recommendations', () => {
  it('names the unit and the figure that triggered them', () => {
    const orders = fixture();
    const quality = emptyMetrics();
    for (let i = 0; i < 20; i++) addEmail(quality, { receivedAt: T0, type: 'COMPLAINT', autoHandled: i < 4, task: null }, NOW);
    const current = mergeInto(mergeInto(emptyMetrics(), orders), quality);
    const recs = recommendations({
      current,
      previous: emptyMetrics(),
      units: [
        { key: 'orders', name: 'Orders', current: orders, previous: emptyMetrics() },
        { key: 'quality', name: 'Quality', current: quality, previous: emptyMetrics() },
      ],
      targets,
    });
    const auto = recs.find((r) => r.trigger.figure === 'auto_handled_share')!;
    // overall 11 of 32 = 34.4 % → gap 35.6 points → high; Quality misses (70 − 20) % of 20 = 10 auto-handles
    expect(auto).toMatchObject({ priority: 'high', trigger: { scope: 'quality', value: 20, target: 70 } });
    expect(auto.expectedImpact).toContain('Up to 10 more emails');
    const sla = recs.find((r) => r.trigger.figure === 'sla_compliance')!;
    expect(sla.trigger.scope).toBe('orders');
    expect(recs.find((r) => r.trigger.figure === 'first_response_median')).toBeUndefined(); // median 600 s meets 3,600 s
    expect(recs.map((r) => r.priority)).toEqual([...recs.map((r) => r.priority)].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
  });

  it(`wait for ${MIN_RATINGS} ratings before judging satisfaction, overall or in a unit, and say how many they rest on`, () => {
    const rated = (...ratings: number[]) => {
      const m = emptyMetrics();
      for (const rating of ratings) addCsat(m, { rating });
      return m;
    };
    const csatOf = (support: Metrics, finance: Metrics) =>
      recommendations({
        current: mergeInto(mergeInto(emptyMetrics(), support), finance),
        previous: emptyMetrics(),
        units: [
          { key: 'support', name: 'Customer Service', current: support, previous: emptyMetrics() },
          { key: 'finance', name: 'Finance', current: finance, previous: emptyMetrics() },
        ],
        targets,
      }).find((r) => r.trigger.figure === 'csat');
    // two ratings (5 and 2 = 70 %) are no reason to act
    expect(csatOf(rated(5), rated(2))).toBeUndefined();
    // six ratings are; Finance's single 1 is still too few to single it out
    const rec = csatOf(rated(3, 3, 4, 3, 3), rated(1))!;
    expect(rec.trigger).toMatchObject({ scope: 'support', value: 64 });
    expect(rec.description).toContain('56.7 % (6 ratings)');
    expect(rec.description).toContain('Customer Service scores lowest at 64.0 % (5 ratings)');
  });
});
