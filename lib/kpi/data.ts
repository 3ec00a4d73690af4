// The KPI report behind /kpi and GET /api/kpi: headline figures, overall score, time series, department KPIs
// and recommendations for one period, compared with the period before it.
import { db } from '@/lib/db';
import type { EmailType } from '@/lib/generated/sqlite/enums';
import { departmentKpis, type DepartmentKpi } from './departments';
import { ALL_SCOPE } from './facts';
import {
  autoHandledShare,
  csatPercent,
  firstResponseMedian,
  firstResponseP90,
  revenueGrowth,
  slaCompliance,
  slaDecided,
  type KpiTargets,
} from './measures';
import { emptyMetrics } from './metrics';
import { previousPeriod, type Period } from './period';
import { readBuckets, totalsByScope } from './read';
import { recommendations, type Recommendation } from './recommendations';
import { rollupWatermark } from './rollup';
import { overallScore, type ScoreComponent } from './score';
import { kpiTargets } from './targets';
import { bucketsBetween } from './time';

export type SeriesPoint = {
  t: string;
  received: number;
  byType: Partial<Record<EmailType, number>>;
  autoHandledShare: number | null;
  responseMedian: number | null;
  responseP90: number | null;
  slaBreached: number;
};

export type KpiReport = {
  period: { key: Period['key']; from: string; to: string; g: Period['g']; label: string };
  targets: KpiTargets;
  headline: {
    received: number;
    autoHandledShare: number | null;
    responseMedian: number | null;
    responseP90: number | null;
    responded: number;
    csat: number | null;
    csatCount: number;
    slaCompliance: number | null;
    /** Tasks answered, or overdue unanswered: the ones SLA compliance is measured on. */
    slaDecided: number;
    slaBreached: number;
    /** Net goods (no VAT, no shipping). */
    revenueCents: number;
    previousRevenueCents: number;
    orders: number;
    revenueGrowth: number | null;
    score: number | null;
    scoreComponents: ScoreComponent[];
  };
  series: SeriesPoint[];
  departments: DepartmentKpi[];
  recommendations: Recommendation[];
  /** Rollups are complete up to here; later facts are counted live. */
  rolledUpTo: string | null;
};

export async function kpiReport(period: Period, now = new Date()): Promise<KpiReport> {
  const targets = kpiTargets();
  const prev = previousPeriod(period);
  const [units, watermark] = await Promise.all([db.businessUnit.findMany({ select: { key: true, name: true }, orderBy: { name: 'asc' } }), rollupWatermark()]);
  const [current, previous] = await Promise.all([
    readBuckets({ from: period.from, to: period.to, g: period.g, now }, watermark),
    readBuckets({ from: prev.from, to: prev.to, g: period.g, now }, watermark),
  ]);
  const cur = totalsByScope(current);
  const before = totalsByScope(previous);
  const all = cur.get(ALL_SCOPE) ?? emptyMetrics();
  const allBefore = before.get(ALL_SCOPE) ?? emptyMetrics();
  const growth = revenueGrowth(all, allBefore);
  const { score, components } = overallScore(
    { autoHandledShare: autoHandledShare(all), responseMedian: firstResponseMedian(all), csat: csatPercent(all), revenueGrowth: growth },
    targets,
  );
  const series = bucketsBetween(period.from, period.to, period.g).map((t) => {
    const m = current.get(+t)?.get(ALL_SCOPE) ?? emptyMetrics();
    return {
      t: t.toISOString(),
      received: m.received,
      byType: m.byType,
      autoHandledShare: autoHandledShare(m),
      responseMedian: firstResponseMedian(m),
      responseP90: firstResponseP90(m),
      slaBreached: m.slaBreached,
    };
  });
  return {
    period: { key: period.key, from: period.from.toISOString(), to: period.to.toISOString(), g: period.g, label: period.label },
    targets,
    headline: {
      received: all.received,
      autoHandledShare: autoHandledShare(all),
      responseMedian: firstResponseMedian(all),
      responseP90: firstResponseP90(all),
      responded: all.responded,
      csat: csatPercent(all),
      csatCount: all.csatCount,
      slaCompliance: slaCompliance(all),
      slaDecided: slaDecided(all),
      slaBreached: all.slaBreached,
      revenueCents: all.revenueCents,
      previousRevenueCents: allBefore.revenueCents,
      orders: all.orders,
      revenueGrowth: growth,
      score,
      scoreComponents: components,
    },
    series,
    departments: departmentKpis(units, cur, before, targets),
    recommendations: recommendations({
      current: all,
      previous: allBefore,
      units: units.map((u) => ({ ...u, current: cur.get(u.key) ?? emptyMetrics(), previous: before.get(u.key) ?? emptyMetrics() })),
      targets,
    }),
    rolledUpTo: watermark?.toISOString() ?? null,
  };
}
