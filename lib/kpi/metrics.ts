// The counters one MetricSnapshot holds for one bucket and scope. Every KPI is derived from sums, so buckets add
// up: a day is the sum of its hours and a period the sum of its buckets.
//
// Attribution: email, task and SLA facts count in the bucket the email was *received* in (a cohort), CSAT answers
// in the bucket they were given in, orders in the bucket they were placed in.
import type { EmailType, OrderStatus } from '@/lib/generated/sqlite/enums';
import { slaOutcome } from '@/lib/email/sla';
import { bucketIndex, emptyHistogram, RESPONSE_BUCKETS } from './histogram';

export type Metrics = {
  received: number;
  byType: Partial<Record<EmailType, number>>;
  autoHandled: number;
  /** Emails that got a task (a queue item with an SLA). */
  tasks: number;
  responded: number;
  responseSecondsSum: number;
  /** Counts of first-response seconds per RESPONSE_BUCKETS (+ overflow). */
  responseHist: number[];
  closed: number;
  closeSecondsSum: number;
  /** Tasks answered (or closed) within their SLA. */
  slaKept: number;
  /** Tasks answered late, or unanswered past their due time. */
  slaBreached: number;
  csatCount: number;
  csatSum: number;
  /** Net goods of the orders: no VAT (owed to the tax office), no shipping. */
  revenueCents: number;
  orders: number;
};

export type EmailFact = {
  receivedAt: Date;
  type: EmailType;
  autoHandled: boolean;
  task: { slaDueAt: Date; firstResponseAt: Date | null; closedAt: Date | null } | null;
};
export type CsatFact = { rating: number };
export type OrderFact = { netCents: number; status: OrderStatus };

/** Orders that never became business. */
export const NON_REVENUE_STATUSES: readonly OrderStatus[] = ['DRAFT', 'CANCELLED'];

export function emptyMetrics(): Metrics {
  return {
    received: 0,
    byType: {},
    autoHandled: 0,
    tasks: 0,
    responded: 0,
    responseSecondsSum: 0,
    responseHist: emptyHistogram(),
    closed: 0,
    closeSecondsSum: 0,
    slaKept: 0,
    slaBreached: 0,
    csatCount: 0,
    csatSum: 0,
    revenueCents: 0,
    orders: 0,
  };
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((+to - +from) / 1000));

export function addEmail(m: Metrics, e: EmailFact, now: Date): void {
  m.received++;
  m.byType[e.type] = (m.byType[e.type] ?? 0) + 1;
  if (e.autoHandled) m.autoHandled++;
  const t = e.task;
  if (!t) return;
  m.tasks++;
  if (t.firstResponseAt) {
    const s = seconds(e.receivedAt, t.firstResponseAt);
    m.responded++;
    m.responseSecondsSum += s;
    m.responseHist[bucketIndex(s)]++;
  }
  if (t.closedAt) {
    m.closed++;
    m.closeSecondsSum += seconds(e.receivedAt, t.closedAt);
  }
  const outcome = slaOutcome(t, now);
  if (outcome === 'kept') m.slaKept++;
  else if (outcome === 'breached') m.slaBreached++;
}

export function addCsat(m: Metrics, c: CsatFact): void {
  m.csatCount++;
  m.csatSum += c.rating;
}

export function addOrder(m: Metrics, o: OrderFact): void {
  if (NON_REVENUE_STATUSES.includes(o.status)) return;
  m.orders++;
  m.revenueCents += o.netCents;
}

/** Adds `b` into `a` and returns `a`. */
export function mergeInto(a: Metrics, b: Metrics): Metrics {
  a.received += b.received;
  for (const [type, n] of Object.entries(b.byType) as [EmailType, number][]) a.byType[type] = (a.byType[type] ?? 0) + n;
  a.autoHandled += b.autoHandled;
  a.tasks += b.tasks;
  a.responded += b.responded;
  a.responseSecondsSum += b.responseSecondsSum;
  b.responseHist.forEach((n, i) => (a.responseHist[i] += n));
  a.closed += b.closed;
  a.closeSecondsSum += b.closeSecondsSum;
  a.slaKept += b.slaKept;
  a.slaBreached += b.slaBreached;
  a.csatCount += b.csatCount;
  a.csatSum += b.csatSum;
  a.revenueCents += b.revenueCents;
  a.orders += b.orders;
  return a;
}

export const sumMetrics = (all: Iterable<Metrics>) => [...all].reduce(mergeInto, emptyMetrics());

/** A stored metrics JSON back into counters; fields a newer version added read as zero. */
export function parseMetrics(json: unknown): Metrics {
  const m = emptyMetrics();
  if (!json || typeof json !== 'object') return m;
  const src = json as Partial<Metrics>;
  for (const key of Object.keys(m) as (keyof Metrics)[]) {
    if (key === 'byType' || key === 'responseHist') continue;
    const v = src[key];
    if (typeof v === 'number') (m[key] as number) = v;
  }
  if (src.byType && typeof src.byType === 'object') m.byType = { ...src.byType };
  if (Array.isArray(src.responseHist) && src.responseHist.length === RESPONSE_BUCKETS.length + 1) m.responseHist = [...src.responseHist];
  return m;
}

export const isEmptyMetrics = (m: Metrics) => m.received === 0 && m.csatCount === 0 && m.orders === 0;
