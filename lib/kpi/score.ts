// The overall score, 0–100, is a weighted mean of how far each headline KPI reaches its target:
//
//   score = 100 × Σ wᵢ·aᵢ / Σ wᵢ     over the components that have data this period
//
//   component                  weight  attainment aᵢ (capped at 1)
//   auto-handled share         0.30    share / target
//   first-response time        0.30    target / median
//   customer satisfaction      0.25    csat / target
//   revenue growth             0.15    1 + growth / 100  (flat or growing revenue scores 1, a 20 % drop 0.8)
//
// A component without data (no emails answered, no ratings, no revenue last period) is left out and the other
// weights are renormalised, so a quiet period is not punished for what it could not measure.
import { attainment } from './assessment';
import type { KpiTargets } from './measures';

export const SCORE_WEIGHTS = { autoHandledShare: 0.3, responseTime: 0.3, csat: 0.25, revenueGrowth: 0.15 } as const;

export type ScoreInputs = { autoHandledShare: number | null; responseMedian: number | null; csat: number | null; revenueGrowth: number | null };
export type ScoreComponent = { key: keyof typeof SCORE_WEIGHTS; label: string; weight: number; attainment: number | null };

export function overallScore(inputs: ScoreInputs, targets: KpiTargets): { score: number | null; components: ScoreComponent[] } {
  const cap = (a: number) => Math.max(0, Math.min(1, a));
  const components: ScoreComponent[] = [
    {
      key: 'autoHandledShare',
      label: 'Auto-handled share',
      weight: SCORE_WEIGHTS.autoHandledShare,
      attainment: inputs.autoHandledShare === null ? null : cap(attainment(inputs.autoHandledShare, targets.autoHandledShare, 'higher')),
    },
    {
      key: 'responseTime',
      label: 'First-response time',
      weight: SCORE_WEIGHTS.responseTime,
      attainment: inputs.responseMedian === null ? null : cap(attainment(inputs.responseMedian, targets.responseSeconds, 'lower')),
    },
    {
      key: 'csat',
      label: 'Customer satisfaction',
      weight: SCORE_WEIGHTS.csat,
      attainment: inputs.csat === null ? null : cap(attainment(inputs.csat, targets.csat, 'higher')),
    },
    {
      key: 'revenueGrowth',
      label: 'Revenue growth',
      weight: SCORE_WEIGHTS.revenueGrowth,
      attainment: inputs.revenueGrowth === null ? null : cap(1 + inputs.revenueGrowth / 100),
    },
  ];
  const measured = components.filter((c) => c.attainment !== null);
  const weights = measured.reduce((s, c) => s + c.weight, 0);
  const score = weights > 0 ? (100 * measured.reduce((s, c) => s + c.weight * (c.attainment ?? 0), 0)) / weights : null;
  return { score, components };
}
