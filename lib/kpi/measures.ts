// The KPIs, each a pure function of summed counters (see metrics.ts). Null means "no data to judge by".
import { histogramQuantile } from './histogram';
import type { Metrics } from './metrics';

export type KpiTargets = {
  /** percent of inbound emails finished without a person */
  autoHandledShare: number;
  /** seconds to first response (median) */
  responseSeconds: number;
  /** percent: average rating / 5 */
  csat: number;
  /** percent of decided tasks answered within their SLA (see slaComplianceOf) */
  slaCompliance: number;
};

export const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

export const autoHandledShare = (m: Metrics) => percent(m.autoHandled, m.received);
export const firstResponseMedian = (m: Metrics) => histogramQuantile(m.responseHist, 0.5);
export const firstResponseP90 = (m: Metrics) => histogramQuantile(m.responseHist, 0.9);
/** Average rating (1–5) as a share of the best rating. */
export const csatPercent = (m: Metrics) => (m.csatCount > 0 ? (m.csatSum / m.csatCount / 5) * 100 : null);
/** Kept of the decided tasks (kept + breached); tasks still within their SLA are not decided yet. */
export const slaComplianceOf = (kept: number, breached: number) => percent(kept, kept + breached);
export const slaCompliance = (m: Metrics) => slaComplianceOf(m.slaKept, m.slaBreached);
export const slaDecided = (m: Metrics) => m.slaKept + m.slaBreached;
export const averageHandlingSeconds = (m: Metrics) => (m.closed > 0 ? m.closeSecondsSum / m.closed : null);

/** Revenue of this period against the previous one, in percent; null without revenue to compare with. */
export function revenueGrowth(current: Metrics, previous: Metrics): number | null {
  if (previous.revenueCents <= 0) return null;
  return ((current.revenueCents - previous.revenueCents) / previous.revenueCents) * 100;
}

export type KpiKey = 'auto_handled_share' | 'first_response_median' | 'sla_compliance' | 'csat';
export type Better = 'higher' | 'lower';

export type KpiDefinition = {
  key: KpiKey;
  label: string;
  unit: '%' | 's';
  better: Better;
  value: (m: Metrics) => number | null;
  target: (t: KpiTargets) => number;
};

/** The KPIs every business unit is measured by (the department table). */
export const DEPARTMENT_KPIS: readonly KpiDefinition[] = [
  { key: 'auto_handled_share', label: 'Auto-handled share', unit: '%', better: 'higher', value: autoHandledShare, target: (t) => t.autoHandledShare },
  { key: 'first_response_median', label: 'First response (median)', unit: 's', better: 'lower', value: firstResponseMedian, target: (t) => t.responseSeconds },
  { key: 'sla_compliance', label: 'SLA compliance', unit: '%', better: 'higher', value: slaCompliance, target: (t) => t.slaCompliance },
  { key: 'csat', label: 'Customer satisfaction', unit: '%', better: 'higher', value: csatPercent, target: (t) => t.csat },
];
