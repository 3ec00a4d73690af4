// The period picker: last 24 hours (hourly buckets), 7 or 30 days (daily buckets), or custom whole UTC days.
import { z } from 'zod';
import { bucketStart, DAY_MS, HOUR_MS, type Granularity } from './time';

export const PERIOD_KEYS = ['24h', '7d', '30d', 'custom'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

export type Period = { key: PeriodKey; from: Date; to: Date; g: Granularity; label: string };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** Days given without a period mean those days (a hand-made or shared URL), not the default week. */
const customWhenDaysGiven = (v: unknown) =>
  v && typeof v === 'object' && !('period' in v) && ('from' in v || 'to' in v) ? { ...v, period: 'custom' } : v;

export const periodQuery = z.preprocess(
  customWhenDaysGiven,
  z
    .object({
      period: z.enum(PERIOD_KEYS).default('7d'),
      from: day.optional(),
      to: day.optional(),
    })
    .refine((q) => q.period !== 'custom' || (q.from && q.to && q.from <= q.to), { message: 'custom periods need a from day on or before the to day', path: ['from'] }),
);

export type PeriodQuery = z.infer<typeof periodQuery>;

/** A custom period is at most a year long. */
const MAX_CUSTOM_DAYS = 366;
/** Custom periods of up to two days are shown hour by hour. */
const HOURLY_UP_TO_DAYS = 2;

export function resolvePeriod(q: PeriodQuery, now: Date): Period {
  if (q.period === '24h') return { key: '24h', from: new Date(+bucketStart(now, 'hour') - 23 * HOUR_MS), to: now, g: 'hour', label: 'last 24 hours' };
  if (q.period === '7d' || q.period === '30d') {
    const days = q.period === '7d' ? 7 : 30;
    return { key: q.period, from: new Date(+bucketStart(now, 'day') - (days - 1) * DAY_MS), to: now, g: 'day', label: `last ${days} days` };
  }
  const from = new Date(`${q.from}T00:00:00Z`);
  const lastDay = new Date(`${q.to}T00:00:00Z`);
  const days = Math.min(MAX_CUSTOM_DAYS, Math.round((+lastDay - +from) / DAY_MS) + 1);
  const to = new Date(Math.min(+now, +from + days * DAY_MS));
  return { key: 'custom', from, to: +to > +from ? to : new Date(+from + HOUR_MS), g: days <= HOURLY_UP_TO_DAYS ? 'hour' : 'day', label: `${q.from} to ${q.to}` };
}

/** The same number of whole hours immediately before, for trends and revenue growth. */
export function previousPeriod(p: Period): { from: Date; to: Date } {
  const hours = Math.ceil((+p.to - +p.from) / HOUR_MS);
  return { from: new Date(+p.from - hours * HOUR_MS), to: p.from };
}
