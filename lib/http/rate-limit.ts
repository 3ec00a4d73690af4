// Fixed-window limiter in process memory. One instance per server is what `npm start` runs; several instances
// would need a shared store (see README), which is why callers go through this one function.
const windows = new Map<string, { start: number; count: number }>();

export type RateLimitResult = { ok: boolean; limit: number; remaining: number; resetSeconds: number };

export function takeToken(key: string, perMinute: number, now = Date.now()): RateLimitResult {
  const windowStart = now - (now % 60_000);
  let w = windows.get(key);
  if (!w || w.start !== windowStart) {
    w = { start: windowStart, count: 0 };
    windows.set(key, w);
    if (windows.size > 10_000) pruneBefore(windowStart);
  }
  w.count++;
  const resetSeconds = Math.ceil((windowStart + 60_000 - now) / 1000);
  return { ok: w.count <= perMinute, limit: perMinute, remaining: Math.max(0, perMinute - w.count), resetSeconds };
}

function pruneBefore(start: number) {
  for (const [k, w] of windows) if (w.start < start) windows.delete(k);
}
