// Sales metrics for a period, per rep and for the team, computed in the database from trigger-kept rollups.
import type { InteractionKind } from '@/lib/generated/sqlite/enums';
import type { Caller } from '@/lib/http/handler';
import { seesAllProspects } from './access';
import { activityCounts, closedDeals, furthestStageCounts, outreachResponses, pipelineTotals } from './metric-queries';
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
  outreached: number; // prospects first emailed in the period (the rest were contacted before it)
  responded: number; // … of them wrote back after that first email
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
  // A rep's numbers are their own, whatever they ask for; 'me' is the caller, as in the prospect filters.
  const asked = q.owner === 'me' && caller.kind === 'user' ? caller.id : q.owner;
  const ownerId = seesAllProspects(caller) ? (asked ?? null) : caller.kind === 'user' ? caller.id : null;
  const key = `${ownerId}|${from.toISOString()}|${to.toISOString()}`;
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < CACHE_MS) return hit.value;
  const value = computeSalesMetrics(ownerId, from, to);
  cache.set(key, { at: now.getTime(), value });
  value.catch(() => cache.delete(key));
  for (const [k, v] of cache) if (now.getTime() - v.at >= CACHE_MS) cache.delete(k);
  return value;
}

/** One computation, from the rollups the database keeps (./metric-queries). */
export async function computeSalesMetrics(ownerId: string | null, from: Date, to: Date): Promise<SalesMetrics> {
  const [stages, pipeline] = await Promise.all([listStages(), pipelineTotals(ownerId)]);
  const won = stages.filter((s) => s.isWon).map((s) => s.id);
  const lost = stages.filter((s) => s.isLost).map((s) => s.id);
  const ownerIds = ownerId ? [ownerId] : [...new Set(pipeline.map((r) => r.ownerId))];

  const [closed, activities, responses, funnel, owners] = await Promise.all([
    closedDeals(ownerIds, [...won, ...lost], from, to),
    activityCounts(ownerId, from, to),
    outreachResponses(ownerIds, from, to),
    furthestStageCounts(ownerIds, from, to),
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
  const add = (t: Totals, row: { n: unknown; valueCents: unknown; weightedCents: unknown }) => {
    t.count += num(row.n);
    t.valueCents += num(row.valueCents);
    t.weightedCents += num(row.weightedCents);
  };
  const stageOf = new Map(stages.map((s) => [s.id, s]));
  for (const row of pipeline) if (!isClosed(stageOf.get(row.stageId))) add(rep(row.ownerId).open, row);
  const cycleDays = new Map<string, { n: number; days: number }>();
  for (const row of closed) {
    const isWon = won.includes(row.stageId);
    add(isWon ? rep(row.ownerId).won : rep(row.ownerId).lost, row);
    if (!isWon) continue;
    const c = cycleDays.get(row.ownerId) ?? { n: 0, days: 0 };
    cycleDays.set(row.ownerId, { n: c.n + num(row.n), days: c.days + num(row.days) });
  }
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
