// First-response times are kept as counts in fixed buckets, so medians and p90s can be estimated from rollups
// (which can be added up) instead of from every single email.

/** Upper bounds in seconds; a value lands in the first bucket whose bound it does not exceed, the rest in the overflow. */
export const RESPONSE_BUCKETS = [
  60, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 10800, 14400, 21600, 28800, 43200, 86400, 172800, 345600,
] as const;

export const emptyHistogram = () => new Array<number>(RESPONSE_BUCKETS.length + 1).fill(0);

export function bucketIndex(seconds: number): number {
  const i = RESPONSE_BUCKETS.findIndex((bound) => seconds <= bound);
  return i === -1 ? RESPONSE_BUCKETS.length : i;
}

/**
 * The p-quantile (0 < p ≤ 1) estimated from bucket counts: find the bucket holding the (p·n)-th value and interpolate
 * linearly inside it. Values in the overflow bucket are reported as its lower bound. Null when the histogram is empty.
 */
export function histogramQuantile(hist: readonly number[], p: number): number | null {
  const n = hist.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = p * n;
  let below = 0;
  for (let i = 0; i < hist.length; i++) {
    const count = hist[i];
    if (count > 0 && below + count >= rank) {
      const lower = i === 0 ? 0 : RESPONSE_BUCKETS[i - 1];
      if (i === RESPONSE_BUCKETS.length) return lower;
      return lower + ((rank - below) / count) * (RESPONSE_BUCKETS[i] - lower);
    }
    below += count;
  }
  return RESPONSE_BUCKETS[RESPONSE_BUCKETS.length - 1];
}
