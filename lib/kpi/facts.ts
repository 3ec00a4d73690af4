// Reads the stored facts of a time range (emails with their tasks, CSAT answers, orders) and adds them into
// per-bucket, per-scope counters. Used by the rollup job for closed buckets and by pages for the open tail.
import { db } from '@/lib/db';
import { addCsat, addEmail, addOrder, emptyMetrics, NON_REVENUE_STATUSES, type EmailFact, type Metrics } from './metrics';
import { bucketStart, type Granularity } from './time';

/** bucket start (ms) → scope ("all" or a unit key) → counters */
export type ScopedBuckets = Map<number, Map<string, Metrics>>;

export const ALL_SCOPE = 'all';
const BATCH = 5_000;

export function metricsAt(buckets: ScopedBuckets, bucket: number, scope: string): Metrics {
  let scopes = buckets.get(bucket);
  if (!scopes) buckets.set(bucket, (scopes = new Map()));
  let m = scopes.get(scope);
  if (!m) scopes.set(scope, (m = emptyMetrics()));
  return m;
}

/** unit id → unit key, the scope name of a unit. */
export async function unitScopes(): Promise<Map<string, string>> {
  const units = await db.businessUnit.findMany({ select: { id: true, key: true } });
  return new Map(units.map((u) => [u.id, u.key]));
}

type Range = { from: Date; to: Date };
type Options = { g: Granularity; now: Date; units: Map<string, string>; into?: ScopedBuckets };

export async function collectFacts(range: Range, { g, now, units, into = new Map() }: Options): Promise<ScopedBuckets> {
  const scopesOf = (unitId: string | null) => {
    const key = unitId ? units.get(unitId) : undefined;
    return key ? [ALL_SCOPE, key] : [ALL_SCOPE];
  };
  const at = (t: Date) => +bucketStart(t, g);

  for await (const batch of inboundEmails(range)) {
    for (const e of batch) for (const scope of scopesOf(e.businessUnitId)) addEmail(metricsAt(into, at(e.receivedAt), scope), e, now);
  }
  const [answers, orders] = await Promise.all([
    db.csatResponse.findMany({
      where: { answeredAt: { gte: range.from, lt: range.to }, rating: { not: null } },
      select: { answeredAt: true, rating: true, businessUnitId: true },
    }),
    db.order.findMany({
      where: { placedAt: { gte: range.from, lt: range.to }, status: { notIn: [...NON_REVENUE_STATUSES] } },
      select: { placedAt: true, netCents: true, status: true },
    }),
  ]);
  for (const a of answers) for (const scope of scopesOf(a.businessUnitId)) addCsat(metricsAt(into, at(a.answeredAt!), scope), { rating: a.rating! });
  for (const o of orders) addOrder(metricsAt(into, at(o.placedAt), ALL_SCOPE), o);
  return into;
}

type EmailRow = EmailFact & { id: string; businessUnitId: string | null };

/** Inbound emails of the range in (receivedAt, id) order, a batch at a time, so a long range never sits in memory. */
async function* inboundEmails({ from, to }: Range) {
  let after: { receivedAt: Date; id: string } | null = null;
  for (;;) {
    const rows: EmailRow[] = await db.email.findMany({
      where: {
        direction: 'INBOUND',
        receivedAt: { gte: from, lt: to },
        ...(after && { OR: [{ receivedAt: { gt: after.receivedAt } }, { receivedAt: after.receivedAt, id: { gt: after.id } }] }),
      },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      take: BATCH,
      select: {
        id: true,
        receivedAt: true,
        type: true,
        autoHandled: true,
        businessUnitId: true,
        task: { select: { slaDueAt: true, firstResponseAt: true, closedAt: true } },
      },
    });
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1];
  }
}
