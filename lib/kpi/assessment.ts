// Judging a figure against its target (status) and against the previous period (trend).
import type { Better } from './measures';

export type KpiStatus = 'good' | 'warning' | 'critical';
export type Trend = 'up' | 'down' | 'flat';

/** Within 80 % of the target is a warning, below that critical. */
export const WARNING_ATTAINMENT = 0.8;
/** Changes smaller than 2 % of the previous value count as flat. */
export const FLAT_CHANGE = 0.02;

/** How much of the target is reached (1 = met); for lower-is-better figures the ratio is inverted. */
export function attainment(value: number, target: number, better: Better): number {
  if (better === 'higher') return target <= 0 ? 1 : value / target;
  return value <= 0 ? 1 : target / value;
}

export function kpiStatus(value: number | null, target: number, better: Better): KpiStatus | null {
  if (value === null) return null;
  const a = attainment(value, target, better);
  if (a >= 1) return 'good';
  return a >= WARNING_ATTAINMENT ? 'warning' : 'critical';
}

/** Direction the value moved since the previous period (not whether that is good — see `improved`). */
export function trendOf(current: number | null, previous: number | null): Trend | null {
  if (current === null || previous === null) return null;
  const change = current - previous;
  const scale = Math.abs(previous);
  if (scale === 0) return change === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  if (Math.abs(change) / scale < FLAT_CHANGE) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export function improved(trend: Trend | null, better: Better): boolean | null {
  if (trend === null || trend === 'flat') return null;
  return (trend === 'up') === (better === 'higher');
}
