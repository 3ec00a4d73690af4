// Recommendations are derived by rules from the measured gaps: each rule looks at one figure, fires when it misses
// its target, and names the figure (scope, value, target) that triggered it. Nothing here is typed in by hand.
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
import type { Metrics } from './metrics';
import type { UnitRef } from './departments';
import { formatDuration, formatEuros, formatPercent } from './format';

export type Priority = 'high' | 'medium' | 'low';

export type Recommendation = {
  id: string;
  title: string;
  description: string;
  priority: Priority;
  expectedImpact: string;
  implementationTime: string;
  trigger: { figure: string; scope: string; value: number; target: number | null; display: string };
};

export type RecommendationInput = {
  current: Metrics;
  previous: Metrics;
  units: readonly (UnitRef & { current: Metrics; previous: Metrics })[];
  targets: KpiTargets;
};

/** A unit's volume must grow by this much (with at least MIN_VOLUME emails before) to call it a surge. */
const SURGE_GROWTH = 0.3;
const MIN_VOLUME = 10;
/** Fewer ratings than this say little about satisfaction: no rule fires on them (overall or for a unit). */
export const MIN_RATINGS = 5;

const ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function recommendations(input: RecommendationInput): Recommendation[] {
  const rules = [autoHandlingGap, responseTimeGap, responseTail, slaBreaches, satisfactionGap, revenueDecline, volumeSurges];
  return rules.flatMap((rule) => rule(input)).sort((a, b) => ORDER[a.priority] - ORDER[b.priority]);
}

function worst<T>(items: readonly T[], score: (t: T) => number | null): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s !== null && s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

function autoHandlingGap({ current, units, targets }: RecommendationInput): Recommendation[] {
  const share = autoHandledShare(current);
  if (share === null || share >= targets.autoHandledShare) return [];
  // The unit whose missing auto-handles weigh most: (target − share) × volume.
  const unit = worst(units, (u) => {
    const s = autoHandledShare(u.current);
    return s === null || s >= targets.autoHandledShare ? null : ((targets.autoHandledShare - s) / 100) * u.current.received;
  });
  if (!unit) return [];
  const unitShare = autoHandledShare(unit.current)!;
  const missed = Math.round(((targets.autoHandledShare - unitShare) / 100) * unit.current.received);
  const gain = (missed / current.received) * 100;
  const gap = targets.autoHandledShare - share;
  return [
    {
      id: `auto_handled_share:${unit.key}`,
      title: `Let the ${unit.name} agent finish more emails itself`,
      description: `${unit.name} auto-handled ${formatPercent(unitShare)} of its ${unit.current.received} emails against a target of ${formatPercent(targets.autoHandledShare, 0)}. Review the hand-over reasons in its agent timeline and add routing rules, templates or catalogue data for the most frequent ones.`,
      priority: gap >= 20 ? 'high' : gap >= 10 ? 'medium' : 'low',
      expectedImpact: `Up to ${missed} more emails finished without a person, +${gain.toFixed(1)} points on the overall auto-handled share (now ${formatPercent(share)}).`,
      implementationTime: '1–2 weeks',
      trigger: { figure: 'auto_handled_share', scope: unit.key, value: unitShare, target: targets.autoHandledShare, display: formatPercent(unitShare) },
    },
  ];
}

function responseTimeGap({ current, units, targets }: RecommendationInput): Recommendation[] {
  const median = firstResponseMedian(current);
  if (median === null || median <= targets.responseSeconds) return [];
  const unit = worst(units, (u) => firstResponseMedian(u.current));
  if (!unit) return [];
  const unitMedian = firstResponseMedian(unit.current)!;
  const ratio = median / targets.responseSeconds;
  return [
    {
      id: `first_response_median:${unit.key}`,
      title: `Answer ${unit.name} emails sooner`,
      description: `The median first response is ${formatDuration(median)} against a target of ${formatDuration(targets.responseSeconds)}; ${unit.name} is slowest at ${formatDuration(unitMedian)}. Move people to its queue at peak hours or let the coordinator assign its tasks by workload earlier.`,
      priority: ratio >= 2 ? 'high' : ratio >= 1.25 ? 'medium' : 'low',
      expectedImpact: `Bringing ${unit.name} to the target cuts its median by ${formatDuration(Math.max(0, unitMedian - targets.responseSeconds))}.`,
      implementationTime: '2–3 days',
      trigger: { figure: 'first_response_median', scope: unit.key, value: unitMedian, target: targets.responseSeconds, display: formatDuration(unitMedian) },
    },
  ];
}

/** A long tail (p90 above four times the target) hurts even when the median is fine. */
function responseTail({ current, targets }: RecommendationInput): Recommendation[] {
  const p90 = firstResponseP90(current);
  const limit = 4 * targets.responseSeconds;
  if (p90 === null || p90 <= limit) return [];
  return [
    {
      id: 'first_response_p90:all',
      title: 'Escalate forgotten emails earlier',
      description: `One email in ten waits ${formatDuration(p90)} or longer for a first response. Lower the escalation threshold of the SLA coordinator so stalled tasks are reassigned before they age.`,
      priority: 'medium',
      expectedImpact: `p90 first response from ${formatDuration(p90)} towards ${formatDuration(limit)}.`,
      implementationTime: '1 day',
      trigger: { figure: 'first_response_p90', scope: 'all', value: p90, target: limit, display: formatDuration(p90) },
    },
  ];
}

function slaBreaches({ units, targets }: RecommendationInput): Recommendation[] {
  const unit = worst(units, (u) => {
    const c = slaCompliance(u.current);
    return c === null || c >= targets.slaCompliance ? null : u.current.slaBreached;
  });
  if (!unit) return [];
  const compliance = slaCompliance(unit.current)!;
  return [
    {
      id: `sla_compliance:${unit.key}`,
      title: `Stop SLA breaches in ${unit.name}`,
      description: `${unit.current.slaBreached} of ${slaDecided(unit.current)} answered or overdue ${unit.name} tasks missed their SLA (compliance ${formatPercent(compliance)}, target ${formatPercent(targets.slaCompliance, 0)}). Check its rota against the hours the breaches happen, or review whether its SLA minutes are realistic.`,
      priority: targets.slaCompliance - compliance >= 15 ? 'high' : 'medium',
      expectedImpact: `Up to ${unit.current.slaBreached} fewer breached promises per period in ${unit.name}.`,
      implementationTime: '1 week',
      trigger: { figure: 'sla_compliance', scope: unit.key, value: compliance, target: targets.slaCompliance, display: formatPercent(compliance) },
    },
  ];
}

export const ratings = (n: number) => `${n} ${n === 1 ? 'rating' : 'ratings'}`;

function satisfactionGap({ current, units, targets }: RecommendationInput): Recommendation[] {
  const csat = csatPercent(current);
  if (csat === null || current.csatCount < MIN_RATINGS || csat >= targets.csat) return [];
  const unit = worst(units, (u) => {
    const c = csatPercent(u.current);
    return c === null || u.current.csatCount < MIN_RATINGS ? null : -c;
  });
  const unitCsat = unit ? csatPercent(unit.current) : null;
  const scope = unit && unitCsat !== null ? unit : null;
  return [
    {
      id: `csat:${scope?.key ?? 'all'}`,
      title: scope ? `Read the low ratings of ${scope.name}` : 'Read the low customer ratings',
      description: `Customers rate us ${formatPercent(csat)} (${ratings(current.csatCount)}) against a target of ${formatPercent(targets.csat, 0)}${scope ? `; ${scope.name} scores lowest at ${formatPercent(unitCsat)} (${ratings(scope.current.csatCount)})` : ''}. Go through the comments of ratings of 1–2 and turn recurring causes into template or process changes.`,
      priority: targets.csat - csat >= 15 ? 'high' : 'medium',
      expectedImpact: `+${(targets.csat - csat).toFixed(1)} points of satisfaction to reach the target.`,
      implementationTime: '2–4 weeks',
      trigger: { figure: 'csat', scope: scope?.key ?? 'all', value: scope ? unitCsat! : csat, target: targets.csat, display: formatPercent(scope ? unitCsat : csat) },
    },
  ];
}

function revenueDecline({ current, previous }: RecommendationInput): Recommendation[] {
  const growth = revenueGrowth(current, previous);
  if (growth === null || growth >= 0) return [];
  return [
    {
      id: 'revenue_growth:all',
      title: 'Win back order volume',
      description: `Orders brought ${formatEuros(current.revenueCents)} net (before VAT and shipping) this period against ${formatEuros(previous.revenueCents)} in the previous one (${growth.toFixed(1)} %). Ask the sales team to follow up with customers who ordered last period and not this one.`,
      priority: growth <= -10 ? 'high' : 'medium',
      expectedImpact: `${formatEuros(previous.revenueCents - current.revenueCents)} to recover to last period's revenue.`,
      implementationTime: '2–4 weeks',
      trigger: { figure: 'revenue_growth', scope: 'all', value: growth, target: 0, display: `${growth.toFixed(1)} %` },
    },
  ];
}

function volumeSurges({ units }: RecommendationInput): Recommendation[] {
  return units
    .filter((u) => u.previous.received >= MIN_VOLUME && u.current.received >= u.previous.received * (1 + SURGE_GROWTH))
    .map((u) => {
      const growth = ((u.current.received - u.previous.received) / u.previous.received) * 100;
      return {
        id: `volume:${u.key}`,
        title: `Plan capacity for ${u.name}`,
        description: `${u.name} received ${u.current.received} emails, ${growth.toFixed(0)} % more than the ${u.previous.received} of the previous period. Add people to its queue before its response times slip.`,
        priority: 'low' as const,
        expectedImpact: `Keeps ${u.name}'s response time and SLA compliance steady while volume grows.`,
        implementationTime: '1 week',
        trigger: { figure: 'received', scope: u.key, value: u.current.received, target: null, display: `${u.current.received} emails (+${growth.toFixed(0)} %)` },
      };
    });
}
