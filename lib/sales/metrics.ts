// Sales metrics for a period, per rep and for the team, computed by aggregate queries in the database.
import { db } from '@/lib/db';
import { isPostgresUrl } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { InteractionKind } from '@/lib/generated/sqlite/enums';
import type { Caller } from '@/lib/http/handler';
import { seesAllProspects } from './access';
import { listOwners } from './owners';
import type { MetricsQuery } from './schemas';
import { listStages, type Stage } from './stages';

const DAY = 86_400_000;
export const DEFAULT_PERIOD_DAYS = 90;

type Totals = { count: number; valueCents: number; weightedCents: number };
type RepMetrics = {
  id: string;
  name: string;
  open: Totals;
  won: Totals;
  lost: Totals;
  winRate: number | null;
  avgCycleDays: number | null;
  activities: number;
  activitiesByKind: Partial<Record<InteractionKind, number>>;
  outreached: number;
  responded: number;
  responseRate: number | null;
};

export type SalesMetrics = {
  period: { from: string; to: string };
  owner: string | null;
  pipeline: (Totals & { stageId: string; key: string; name: string; isWon: boolean; isLost: boolean })[];
  funnel: { key: string; name: string; reached: number; conversionToNext: number | null }[];
  team: Omit<RepMetrics, 'id' | 'name'> & { velocityCentsPerDay: number | null };
  reps: RepMetrics[];
};

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const zero = (): Totals => ({ count: 0, valueCents: 0, weightedCents: 0 });

function daysBetween(later: string, earlier: string) {
  return isPostgresUrl(process.env.DATABASE_URL ?? '')
    ? Prisma.raw(`EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400.0`)
    : Prisma.raw(`(julianday(${later}) - julianday(${earlier}))`);
}

/** SQLite's planner prefers the (userId, occurredAt) index for this GROUP BY and then reads every row; the covering
 *  (occurredAt, userId, kind) index answers a team's period from the index alone. Postgres chooses well by itself. */
function activityIndexHint(ownerId: string | null) {
  return ownerId || isPostgresUrl(process.env.DATABASE_URL ?? '') ? Prisma.empty : Prisma.raw('INDEXED BY "Interaction_occurredAt_userId_kind_idx"');
}

export function metricsPeriod(q: Pick<MetricsQuery, 'from' | 'to'>, now = new Date()) {
  const to = q.to ?? now;
  const from = q.from ?? new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY);
  return { from, to };
}

const CACHE_MS = 30_000;
const cache = new Map<string, { at: number; value: Promise<SalesMetrics> }>();

/**
 * The metrics a caller may see. Dashboards ask often and the answer moves slowly, so one computation serves
 * every identical request for 30 s (concurrent ones share it); an open-ended period ends at the next full minute.
 */
export function salesMetrics(caller: Caller, q: MetricsQuery, now = new Date()): Promise<SalesMetrics> {
  const to = q.to ?? new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
  const { from } = metricsPeriod({ ...q, to }, now);
  // A rep's numbers are their own, whatever they ask for.
  const ownerId = seesAllProspects(caller) ? (q.owner ?? null) : caller.kind === 'user' ? caller.id : null;
  const key = `${ownerId}|${from.toISOString()}|${to.toISOString()}`;
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < CACHE_MS) return hit.value;
  const value = computeSalesMetrics(ownerId, from, to);
  cache.set(key, { at: now.getTime(), value });
  value.catch(() => cache.delete(key));
  for (const [k, v] of cache) if (now.getTime() - v.at >= CACHE_MS) cache.delete(k);
  return value;
}

/** One computation, straight from the database. */
export async function computeSalesMetrics(ownerId: string | null, from: Date, to: Date): Promise<SalesMetrics> {
  const stages = await listStages();
  const won = stages.filter((s) => s.isWon).map((s) => s.id);
  const lost = stages.filter((s) => s.isLost).map((s) => s.id);
  const byOwner = ownerId ? { ownerId } : {};
  const ownerSql = ownerId ? Prisma.sql`AND p."ownerId" = ${ownerId}` : Prisma.empty;

  const [pipeline, closed, cycles, activities, responses, funnel, owners] = await Promise.all([
    db.prospect.groupBy({ by: ['stageId', 'ownerId'], where: byOwner, _count: { _all: true }, _sum: { valueCents: true, weightedCents: true } }),
    db.prospect.groupBy({
      by: ['stageId', 'ownerId'],
      where: { ...byOwner, stageId: { in: [...won, ...lost] }, stageChangedAt: { gte: from, lt: to } },
      _count: { _all: true },
      _sum: { valueCents: true, weightedCents: true },
    }),
    db.$queryRaw<{ ownerId: string; n: unknown; days: unknown }[]>`
      SELECT p."ownerId" AS "ownerId", COUNT(*) AS n, SUM(${daysBetween('p."stageChangedAt"', 'p."createdAt"')}) AS days
      FROM "Prospect" p
      WHERE p."stageId" IN (${Prisma.join(won)}) AND p."stageChangedAt" >= ${from} AND p."stageChangedAt" < ${to} ${ownerSql}
      GROUP BY p."ownerId"`,
    db.$queryRaw<{ userId: string; kind: InteractionKind; n: unknown }[]>`
      SELECT i."userId" AS "userId", i."kind" AS "kind", COUNT(*) AS n
      FROM "Interaction" i ${activityIndexHint(ownerId)}
      WHERE i."occurredAt" >= ${from} AND i."occurredAt" < ${to} AND ${ownerId ? Prisma.sql`i."userId" = ${ownerId}` : Prisma.sql`i."userId" IS NOT NULL`}
      GROUP BY i."userId", i."kind"`,
    // Outreach answered: prospects emailed in the period, and how many of them wrote back afterwards.
    db.$queryRaw<{ ownerId: string; outreached: unknown; responded: unknown }[]>`
      SELECT p."ownerId" AS "ownerId", COUNT(*) AS outreached,
        SUM(CASE WHEN EXISTS (
          SELECT 1 FROM "Interaction" r
          WHERE r."prospectId" = o."prospectId" AND r."kind" = 'EMAIL_IN' AND r."occurredAt" > o."firstOut"
        ) THEN 1 ELSE 0 END) AS responded
      FROM (
        SELECT i."prospectId" AS "prospectId", MIN(i."occurredAt") AS "firstOut"
        FROM "Interaction" i
        WHERE i."kind" = 'EMAIL_OUT' AND i."occurredAt" >= ${from} AND i."occurredAt" < ${to}
        GROUP BY i."prospectId"
      ) o
      JOIN "Prospect" p ON p."id" = o."prospectId"
      WHERE 1 = 1 ${ownerSql}
      GROUP BY p."ownerId"`,
    // Funnel: of the prospects created in the period, how many got at least as far as each open stage or Won.
    db.$queryRaw<{ reached: unknown; n: unknown }[]>`
      SELECT r.reached AS reached, COUNT(*) AS n FROM (
        SELECT c."prospectId", MAX(s."position") AS reached
        FROM "ProspectStageChange" c
        JOIN "Stage" s ON s."id" = c."toStageId"
        JOIN "Prospect" p ON p."id" = c."prospectId"
        WHERE s."isLost" = false AND p."createdAt" >= ${from} AND p."createdAt" < ${to} ${ownerSql}
        GROUP BY c."prospectId"
      ) r
      GROUP BY r.reached`,
    listOwners(),
  ]);

  const reps = new Map<string, RepMetrics>();
  const rep = (id: string) => {
    let r = reps.get(id);
    if (!r) {
      const name = owners.find((o) => o.id === id)?.name ?? 'Former colleague';
      r = { id, name, open: zero(), won: zero(), lost: zero(), winRate: null, avgCycleDays: null, activities: 0, activitiesByKind: {}, outreached: 0, responded: 0, responseRate: null };
      reps.set(id, r);
    }
    return r;
  };
  const add = (t: Totals, row: { _count: { _all: number }; _sum: { valueCents: number | null; weightedCents: number | null } }) => {
    t.count += row._count._all;
    t.valueCents += num(row._sum.valueCents);
    t.weightedCents += num(row._sum.weightedCents);
  };
  const stageOf = new Map(stages.map((s) => [s.id, s]));
  for (const row of pipeline) if (!isClosed(stageOf.get(row.stageId))) add(rep(row.ownerId).open, row);
  for (const row of closed) add(won.includes(row.stageId) ? rep(row.ownerId).won : rep(row.ownerId).lost, row);
  const cycleDays = new Map(cycles.map((c) => [c.ownerId, { n: num(c.n), days: num(c.days) }]));
  for (const [id, c] of cycleDays) rep(id).avgCycleDays = ratio(c.days, c.n);
  for (const row of activities) {
    const r = rep(row.userId);
    r.activities += num(row.n);
    r.activitiesByKind[row.kind] = (r.activitiesByKind[row.kind] ?? 0) + num(row.n);
  }
  for (const row of responses) Object.assign(rep(row.ownerId), { outreached: num(row.outreached), responded: num(row.responded) });
  for (const r of reps.values()) {
    r.winRate = ratio(r.won.count, r.won.count + r.lost.count);
    r.responseRate = ratio(r.responded, r.outreached);
  }

  const list = [...reps.values()].sort((a, b) => b.open.weightedCents - a.open.weightedCents);
  const sum = (pick: (r: RepMetrics) => Totals): Totals =>
    list.reduce((t, r) => ({ count: t.count + pick(r).count, valueCents: t.valueCents + pick(r).valueCents, weightedCents: t.weightedCents + pick(r).weightedCents }), zero());
  const team = {
    open: sum((r) => r.open),
    won: sum((r) => r.won),
    lost: sum((r) => r.lost),
    activities: list.reduce((n, r) => n + r.activities, 0),
    activitiesByKind: list.reduce<Partial<Record<InteractionKind, number>>>((acc, r) => {
      for (const [k, v] of Object.entries(r.activitiesByKind)) acc[k as InteractionKind] = (acc[k as InteractionKind] ?? 0) + v;
      return acc;
    }, {}),
    outreached: list.reduce((n, r) => n + r.outreached, 0),
    responded: list.reduce((n, r) => n + r.responded, 0),
  };
  const cycleTotal = [...cycleDays.values()].reduce((t, c) => ({ n: t.n + c.n, days: t.days + c.days }), { n: 0, days: 0 });
  const winRate = ratio(team.won.count, team.won.count + team.lost.count);
  const avgCycleDays = ratio(cycleTotal.days, cycleTotal.n);
  const avgWonCents = ratio(team.won.valueCents, team.won.count);
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    owner: ownerId,
    pipeline: stages.map((s) => {
      const rows = pipeline.filter((r) => r.stageId === s.id);
      const t = zero();
      rows.forEach((r) => add(t, r));
      return { stageId: s.id, key: s.key, name: s.name, isWon: s.isWon, isLost: s.isLost, ...t };
    }),
    funnel: funnelOf(stages, funnel.map((f) => ({ reached: num(f.reached), n: num(f.n) }))),
    team: {
      ...team,
      winRate,
      avgCycleDays,
      responseRate: ratio(team.responded, team.outreached),
      // Sales velocity: open deals × average won deal × win rate ÷ cycle length — expected revenue per day.
      velocityCentsPerDay:
        avgWonCents !== null && winRate !== null && avgCycleDays ? Math.round((team.open.count * avgWonCents * winRate) / Math.max(avgCycleDays, 1)) : null,
    },
    reps: list,
  };
}

const isClosed = (s: Stage | undefined) => !!s && (s.isWon || s.isLost);

/** Stage-to-stage conversion from "furthest stage reached" counts (Lost is not a step of the funnel). */
function funnelOf(stages: Stage[], reachedCounts: { reached: number; n: number }[]) {
  const steps = stages.filter((s) => !s.isLost);
  const reached = steps.map((s) => reachedCounts.filter((r) => r.reached >= s.position).reduce((n, r) => n + r.n, 0));
  return steps.map((s, i) => ({ key: s.key, name: s.name, reached: reached[i], conversionToNext: i + 1 < steps.length ? ratio(reached[i + 1], reached[i]) : null }));
}
