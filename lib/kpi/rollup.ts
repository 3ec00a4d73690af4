// MetricSnapshot rollups, so pages never scan all emails. The cron route /api/cron/rollup calls runRollup():
// it finds the hour buckets touched since the previous successful run (its watermark), recounts exactly those
// from the stored facts, and rebuilds the days that contain them from their hours.
//
// Snapshot rows: period "hour" | "day", bucketStart (UTC), scope "all" | unit key, metrics = Metrics (metrics.ts).
import { db } from '@/lib/db';
import { OPEN_TASK_STATUSES } from '@/lib/email/sla';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { recordCronRun } from '@/lib/system/cron-runs';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { collectFacts, metricsAt, unitScopes, type ScopedBuckets } from './facts';
import { isEmptyMetrics, mergeInto, parseMetrics } from './metrics';
import { bucketStart, DAY_MS, HOUR_MS } from './time';

export const ROLLUP_JOB = 'rollup';
/** Rows committed shortly after a run started can carry earlier timestamps; each run looks back this far. */
export const WATERMARK_OVERLAP_MS = 60_000;
/** A run that started this recently and has not finished is still working; a second one stands aside. */
const RUNNING_MS = 10 * 60_000;

/** Facts stored at or after this time may be missing from the rollups; null before the first run. */
export async function rollupWatermark(): Promise<Date | null> {
  const last = await db.cronRun.findFirst({ where: { job: ROLLUP_JOB, ok: true }, orderBy: { startedAt: 'desc' }, select: { startedAt: true } });
  return last ? new Date(+last.startedAt - WATERMARK_OVERLAP_MS) : null;
}

export type RollupResult = { since: string | null; hours: number; days: number; skipped?: boolean };

/** `full` recounts every hour from the oldest fact (after a bulk import that bypassed the watermark). */
export async function runRollup(now = new Date(), { full = false } = {}): Promise<RollupResult> {
  const running = await db.cronRun.count({ where: { job: ROLLUP_JOB, finishedAt: null, startedAt: { gte: new Date(Date.now() - RUNNING_MS) } } });
  if (running > 0) return { since: null, hours: 0, days: 0, skipped: true };
  return recordCronRun(ROLLUP_JOB, async () => {
    const since = full ? null : await rollupWatermark();
    const hours = since ? await touchedHours(since, now) : await everyHour(now);
    const units = await unitScopes();
    for (const range of contiguous(hours)) await recountHours(range, now, units);
    const days = [...new Set(hours.map((h) => +bucketStart(h, 'day')))].map((d) => new Date(d));
    for (const range of contiguous(days, DAY_MS)) await rebuildDays(range);
    if (hours.length) await publish(CHANNELS.staff, EVENTS.kpiUpdated, { hours: hours.length, at: now.toISOString() });
    return { since: since?.toISOString() ?? null, hours: hours.length, days: days.length };
  });
}

/** Hours whose counters may have changed since `since`: new emails, changed tasks, SLAs that ran out, ratings, orders. */
export async function touchedHours(since: Date, now: Date): Promise<Date[]> {
  const [emails, tasks, expired, answers, orders] = await Promise.all([
    db.email.findMany({ where: { createdAt: { gte: since }, direction: 'INBOUND' }, select: { receivedAt: true } }),
    db.task.findMany({ where: { updatedAt: { gte: since } }, select: { email: { select: { receivedAt: true } } } }),
    db.task.findMany({
      where: { status: { in: [...OPEN_TASK_STATUSES] }, firstResponseAt: null, slaDueAt: { gte: since, lte: now } },
      select: { email: { select: { receivedAt: true } } },
    }),
    db.csatResponse.findMany({ where: { answeredAt: { gte: since } }, select: { answeredAt: true } }),
    db.order.findMany({ where: { updatedAt: { gte: since } }, select: { placedAt: true } }),
  ]);
  const times = [
    ...emails.map((e) => e.receivedAt),
    ...tasks.map((t) => t.email.receivedAt),
    ...expired.map((t) => t.email.receivedAt),
    ...answers.map((a) => a.answeredAt!),
    ...orders.map((o) => o.placedAt),
  ];
  return uniqueHours(times);
}

/** First run: every hour from the oldest fact to now. */
async function everyHour(now: Date): Promise<Date[]> {
  const [email, answer, order] = await Promise.all([
    db.email.findFirst({ where: { direction: 'INBOUND' }, orderBy: { receivedAt: 'asc' }, select: { receivedAt: true } }),
    db.csatResponse.findFirst({ where: { answeredAt: { not: null } }, orderBy: { answeredAt: 'asc' }, select: { answeredAt: true } }),
    db.order.findFirst({ orderBy: { placedAt: 'asc' }, select: { placedAt: true } }),
  ]);
  const firsts = [email?.receivedAt, answer?.answeredAt, order?.placedAt].filter((d): d is Date => !!d);
  if (!firsts.length) return [];
  const start = +bucketStart(new Date(Math.min(...firsts.map(Number))), 'hour');
  const end = Math.max(+now, ...firsts.map(Number));
  const hours: Date[] = [];
  for (let t = start; t <= end; t += HOUR_MS) hours.push(new Date(t));
  return hours;
}

const uniqueHours = (times: Date[]) => [...new Set(times.map((t) => +bucketStart(t, 'hour')))].sort((a, b) => a - b).map((t) => new Date(t));

/** Sorted bucket starts → runs of consecutive buckets, each handled with one pass. */
export function contiguous(starts: Date[], size = HOUR_MS): { from: Date; to: Date }[] {
  const ranges: { from: Date; to: Date }[] = [];
  for (const s of starts) {
    const last = ranges[ranges.length - 1];
    if (last && +last.to === +s) last.to = new Date(+s + size);
    else ranges.push({ from: s, to: new Date(+s + size) });
  }
  return ranges;
}

const snapshotRows = (period: 'hour' | 'day', buckets: ScopedBuckets) =>
  [...buckets].flatMap(([start, scopes]) =>
    [...scopes].filter(([, m]) => !isEmptyMetrics(m)).map(([scope, m]) => ({ period, bucketStart: new Date(start), scope, metrics: m as unknown as Prisma.InputJsonValue })),
  );

/** Replaces the hour snapshots of the range with a fresh count (one transaction: readers never see a half). */
async function recountHours(range: { from: Date; to: Date }, now: Date, units: Map<string, string>) {
  const buckets = await collectFacts(range, { g: 'hour', now, units });
  const rows = snapshotRows('hour', buckets);
  await db.$transaction([
    db.metricSnapshot.deleteMany({ where: { period: 'hour', bucketStart: { gte: range.from, lt: range.to } } }),
    db.metricSnapshot.createMany({ data: rows }),
  ]);
}

/** A day is the sum of its hours. */
async function rebuildDays(range: { from: Date; to: Date }) {
  const hours = await db.metricSnapshot.findMany({
    where: { period: 'hour', bucketStart: { gte: range.from, lt: range.to } },
    select: { bucketStart: true, scope: true, metrics: true },
  });
  const days: ScopedBuckets = new Map();
  for (const h of hours) mergeInto(metricsAt(days, +bucketStart(h.bucketStart, 'day'), h.scope), parseMetrics(h.metrics));
  await db.$transaction([
    db.metricSnapshot.deleteMany({ where: { period: 'day', bucketStart: { gte: range.from, lt: range.to } } }),
    db.metricSnapshot.createMany({ data: snapshotRows('day', days) }),
  ]);
}
