// Rollup buckets are whole UTC hours and days; both align with multiples of their length since the epoch.
export type Granularity = 'hour' | 'day';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const bucketMs = (g: Granularity) => (g === 'hour' ? HOUR_MS : DAY_MS);

/** Start of the bucket containing `t`. */
export const bucketStart = (t: Date | number, g: Granularity) => new Date(Math.floor(+t / bucketMs(g)) * bucketMs(g));

/** Start of the first bucket that begins at or after `t`. */
export const bucketCeil = (t: Date | number, g: Granularity) => new Date(Math.ceil(+t / bucketMs(g)) * bucketMs(g));

/** Bucket starts from `from` (aligned) up to, not including, `to`. */
export function bucketsBetween(from: Date, to: Date, g: Granularity): Date[] {
  const out: Date[] = [];
  for (let t = +bucketStart(from, g); t < +to; t += bucketMs(g)) out.push(new Date(t));
  return out;
}
