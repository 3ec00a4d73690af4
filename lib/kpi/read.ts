// Reading counters for any range: closed buckets come from MetricSnapshot rollups, the still-open tail since the
// rollup watermark is counted live from the facts. The cost depends on the range's length, not on the history.
import { db } from '@/lib/db';
import { collectFacts, metricsAt, unitScopes, type ScopedBuckets } from './facts';
import { mergeInto, parseMetrics, sumMetrics, type Metrics } from './metrics';
import { rollupWatermark } from './rollup';
import { bucketCeil, bucketStart, type Granularity } from './time';

export type RangeQuery = { from: Date; to: Date; g: Granularity; now: Date; scopes?: readonly string[] };

/** Counters per `g`-bucket and scope for [from, to); `from` must be hour-aligned. */
export async function readBuckets(q: RangeQuery, watermark?: Date | null): Promise<ScopedBuckets> {
  const mark = watermark === undefined ? await rollupWatermark() : watermark;
  const tail = new Date(Math.min(+q.to, Math.max(+q.from, mark ? +bucketStart(mark, 'hour') : +q.from)));
  const out: ScopedBuckets = new Map();

  // Whole days inside the rolled-up part come from day snapshots (only when the caller wants days), the rest from hours.
  const fullDays = q.g === 'day' ? { from: bucketCeil(q.from, 'day'), to: bucketStart(tail, 'day') } : null;
  const useDays = fullDays && +fullDays.from < +fullDays.to;
  const hourRanges = useDays
    ? [
        { from: q.from, to: fullDays.from },
        { from: fullDays.to, to: tail },
      ]
    : [{ from: q.from, to: tail }];
  const scopeFilter = q.scopes ? { scope: { in: [...q.scopes] } } : {};
  const snapshots = await db.metricSnapshot.findMany({
    where: {
      OR: [
        ...hourRanges.filter((r) => +r.from < +r.to).map((r) => ({ period: 'hour', bucketStart: { gte: r.from, lt: r.to }, ...scopeFilter })),
        ...(useDays ? [{ period: 'day', bucketStart: { gte: fullDays.from, lt: fullDays.to }, ...scopeFilter }] : []),
      ],
    },
    select: { bucketStart: true, scope: true, metrics: true },
  });
  for (const s of snapshots) mergeInto(metricsAt(out, +bucketStart(s.bucketStart, q.g), s.scope), parseMetrics(s.metrics));

  if (+tail < +q.to) {
    const live = await collectFacts({ from: tail, to: q.to }, { g: q.g, now: q.now, units: await unitScopes() });
    for (const [bucket, scopes] of live)
      for (const [scope, m] of scopes) if (!q.scopes || q.scopes.includes(scope)) mergeInto(metricsAt(out, bucket, scope), m);
  }
  return out;
}

/** Sums buckets into one set of counters per scope. */
export function totalsByScope(buckets: ScopedBuckets): Map<string, Metrics> {
  const totals = new Map<string, Metrics[]>();
  for (const scopes of buckets.values()) for (const [scope, m] of scopes) (totals.get(scope) ?? totals.set(scope, []).get(scope)!).push(m);
  return new Map([...totals].map(([scope, list]) => [scope, sumMetrics(list)]));
}
