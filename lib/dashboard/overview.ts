// The staff landing page: today's figures (from rollups + the live tail), open work per unit, SLA pressure,
// and the latest emails for the live feed.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { listEmails } from '@/lib/email/queries';
import { AT_RISK_MINUTES, OPEN_TASK_STATUSES } from '@/lib/email/sla';
import type { EmailSummary } from '@/lib/email/views';
import { ALL_SCOPE } from '@/lib/kpi/facts';
import { autoHandledShare } from '@/lib/kpi/measures';
import { emptyMetrics } from '@/lib/kpi/metrics';
import { readBuckets, totalsByScope } from '@/lib/kpi/read';
import { bucketStart } from '@/lib/kpi/time';

export const FEED_SIZE = 15;

export type UnitLoad = { key: string; name: string; open: number; atRisk: number; overdue: number; receivedToday: number };

export type Overview = {
  today: { received: number; autoHandled: number; autoHandledShare: number | null; since: string };
  openTasks: number;
  atRisk: number;
  /** Open tasks past their due time without a first response. */
  overdue: number;
  units: UnitLoad[];
  feed: EmailSummary[];
};

type OpenLoad = { unitId: string; open: number | bigint; atRisk: number | bigint | null; overdue: number | bigint | null };

/**
 * Open tasks per unit with the at-risk and overdue ones among them, in one pass over the open tasks (the same rules
 * as slaWhere('at_risk') and "unanswered past due"; three grouped counts read the same rows three times).
 */
async function openLoadByUnit(now: Date) {
  const atRiskUntil = new Date(now.getTime() + AT_RISK_MINUTES * 60_000);
  const rows = await db.$queryRaw<OpenLoad[]>`
    SELECT "businessUnitId" AS "unitId", COUNT(*) AS "open",
      SUM(CASE WHEN "firstResponseAt" IS NULL AND "closedAt" IS NULL AND "slaDueAt" >= ${now} AND "slaDueAt" <= ${atRiskUntil} THEN 1 ELSE 0 END) AS "atRisk",
      SUM(CASE WHEN "firstResponseAt" IS NULL AND "slaDueAt" < ${now} THEN 1 ELSE 0 END) AS "overdue"
    FROM "Task" WHERE "status" IN (${Prisma.join(OPEN_TASK_STATUSES)}) GROUP BY "businessUnitId"`;
  return new Map(rows.map((r) => [r.unitId, { open: Number(r.open), atRisk: Number(r.atRisk ?? 0), overdue: Number(r.overdue ?? 0) }]));
}

export async function overview(now = new Date()): Promise<Overview> {
  const since = bucketStart(now, 'day');
  const [units, today, load, feed] = await Promise.all([
    db.businessUnit.findMany({ select: { id: true, key: true, name: true }, orderBy: { name: 'asc' } }),
    readBuckets({ from: since, to: now, g: 'day', now }),
    openLoadByUnit(now),
    listEmails({ limit: FEED_SIZE }, now),
  ]);
  const totals = totalsByScope(today);
  const all = totals.get(ALL_SCOPE) ?? emptyMetrics();
  const none = { open: 0, atRisk: 0, overdue: 0 };
  const sum = (key: keyof typeof none) => [...load.values()].reduce((s, l) => s + l[key], 0);
  return {
    today: { received: all.received, autoHandled: all.autoHandled, autoHandledShare: autoHandledShare(all), since: since.toISOString() },
    openTasks: sum('open'),
    atRisk: sum('atRisk'),
    overdue: sum('overdue'),
    units: units.map((u) => ({ key: u.key, name: u.name, ...(load.get(u.id) ?? none), receivedToday: totals.get(u.key)?.received ?? 0 })),
    feed: feed.items,
  };
}
