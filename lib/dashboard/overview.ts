// The staff landing page: today's figures (from rollups + the live tail), open work per unit, SLA pressure,
// and the latest emails for the live feed.
import { db } from '@/lib/db';
import { listEmails, slaWhere } from '@/lib/email/queries';
import type { EmailSummary } from '@/lib/email/views';
import { ALL_SCOPE } from '@/lib/kpi/facts';
import { autoHandledShare } from '@/lib/kpi/measures';
import { emptyMetrics } from '@/lib/kpi/metrics';
import { readBuckets, totalsByScope } from '@/lib/kpi/read';
import { bucketStart } from '@/lib/kpi/time';

export const FEED_SIZE = 15;
const OPEN = ['OPEN', 'IN_PROGRESS', 'WAITING'] as const;

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

export async function overview(now = new Date()): Promise<Overview> {
  const since = bucketStart(now, 'day');
  const open = { status: { in: [...OPEN] } };
  const overdue = { ...open, firstResponseAt: null, slaDueAt: { lt: now } };
  const [units, today, openByUnit, riskByUnit, overdueByUnit, feed] = await Promise.all([
    db.businessUnit.findMany({ select: { id: true, key: true, name: true }, orderBy: { name: 'asc' } }),
    readBuckets({ from: since, to: now, g: 'day', now }),
    db.task.groupBy({ by: ['businessUnitId'], where: open, _count: { _all: true } }),
    db.task.groupBy({ by: ['businessUnitId'], where: { ...open, ...slaWhere('at_risk', now) }, _count: { _all: true } }),
    db.task.groupBy({ by: ['businessUnitId'], where: overdue, _count: { _all: true } }),
    listEmails({ limit: FEED_SIZE }, now),
  ]);
  const totals = totalsByScope(today);
  const all = totals.get(ALL_SCOPE) ?? emptyMetrics();
  const count = (rows: { businessUnitId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.businessUnitId === id)?._count._all ?? 0;
  const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((s, r) => s + r._count._all, 0);
  return {
    today: { received: all.received, autoHandled: all.autoHandled, autoHandledShare: autoHandledShare(all), since: since.toISOString() },
    openTasks: sum(openByUnit),
    atRisk: sum(riskByUnit),
    overdue: sum(overdueByUnit),
    units: units.map((u) => ({
      key: u.key,
      name: u.name,
      open: count(openByUnit, u.id),
      atRisk: count(riskByUnit, u.id),
      overdue: count(overdueByUnit, u.id),
      receivedToday: totals.get(u.key)?.received ?? 0,
    })),
    feed: feed.items,
  };
}
