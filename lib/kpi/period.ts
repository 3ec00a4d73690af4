// The period picker: last 24 hours (hourly buckets), 7 or 30 days (daily buckets), or custom whole UTC days.
import { z } from 'zod';
import { bucketStart, DAY_MS, HOUR_MS, type Granularity } from './time';

export const PERIOD_KEYS = ['24h', '7d', '30d', 'custom'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

export type Period = { key: PeriodKey; from: Date; to: Date; g: Granularity; label: string };

/** A day of the calendar written YYYY-MM-DD (2026-02-30 is not one). */
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const day = z.string().refine(isDay, 'use YYYY-MM-DD, a day of the calendar');

/** Days given without a period mean those days (a hand-made or shared URL), not the default week. */
const customWhenDaysGiven = (v: unknown) =>
  v && typeof v === 'object' && !('period' in v) && ('from' in v || 'to' in v) ? { ...v, period: 'custom' } : v;

/** A custom period is at most a year long. */
const MAX_CUSTOM_DAYS = 366;
const daysFromTo = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

export const periodQuery = z.preprocess(
  customWhenDaysGiven,
  z
    .object({
      period: z.enum(PERIOD_KEYS).default('7d'),
      from: day.optional(),
      to: day.optional(),
    })
    .superRefine((q, ctx) => {
      if (q.period !== 'custom') return;
      if (!q.from || !q.to) return ctx.addIssue({ code: 'custom', path: [q.from ? 'to' : 'from'], message: 'custom periods need a from and a to day' });
      if (!isDay(q.from) || !isDay(q.to)) return; // the day itself is named already
      if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'custom periods need a from day on or before the to day' });
      else if (daysFromTo(q.from, q.to) > MAX_CUSTOM_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `a custom period is at most ${MAX_CUSTOM_DAYS} days long` });
    }),
);

export type PeriodQuery = z.infer<typeof periodQuery>;

/** Custom periods of up to two days are shown hour by hour. */
const HOURLY_UP_TO_DAYS = 2;

export function resolvePeriod(q: PeriodQuery, now: Date): Period {
  if (q.period === '24h') return { key: '24h', from: new Date(+bucketStart(now, 'hour') - 23 * HOUR_MS), to: now, g: 'hour', label: 'last 24 hours' };
  if (q.period === '7d' || q.period === '30d') {
    const days = q.period === '7d' ? 7 : 30;
    return { key: q.period, from: new Date(+bucketStart(now, 'day') - (days - 1) * DAY_MS), to: now, g: 'day', label: `last ${days} days` };
  }
  const from = new Date(`${q.from}T00:00:00Z`);
  const days = daysFromTo(q.from!, q.to!);
  const to = new Date(Math.min(+now, +from + days * DAY_MS));
  return { key: 'custom', from, to: +to > +from ? to : new Date(+from + HOUR_MS), g: days <= HOURLY_UP_TO_DAYS ? 'hour' : 'day', label: `${q.from} to ${q.to}` };
}

/** The same number of whole hours immediately before, for trends and revenue growth. */
export function previousPeriod(p: Period): { from: Date; to: Date } {
  const hours = Math.ceil((+p.to - +p.from) / HOUR_MS);
  return { from: new Date(+p.from - hours * HOUR_MS), to: p.from };
}
