import { describe, expect, it } from 'vitest';
import { periodQuery, resolvePeriod } from './period';

describe('periodQuery', () => {
  it('reads days given without a period as that custom period', () => {
    const q = periodQuery.parse({ from: '2026-11-01', to: '2026-11-03' });
    expect(q).toEqual({ period: 'custom', from: '2026-11-01', to: '2026-11-03' });
    expect(resolvePeriod(q, new Date('2026-11-27T12:00:00Z'))).toMatchObject({ key: 'custom', label: '2026-11-01 to 2026-11-03' });
  });

  it('refuses a custom period that ends before it starts, naming from', () => {
    const parsed = periodQuery.safeParse({ from: '2026-11-27', to: '2026-11-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['from'], message: 'custom periods need a from day on or before the to day' });
    expect(periodQuery.parse({})).toEqual({ period: '7d' });
  });
});
