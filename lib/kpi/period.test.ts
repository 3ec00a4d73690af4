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

  it('names each wrong day once, and refuses a custom period longer than a year instead of cutting it', () => {
    const issues = (q: object) => periodQuery.safeParse(q).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ from: 'garbage', to: '2026-01-01' })).toEqual([['from', 'use YYYY-MM-DD, a day of the calendar']]);
    expect(issues({ from: '2026-02-30', to: '2026-03-01' })).toEqual([['from', 'use YYYY-MM-DD, a day of the calendar']]);
    expect(issues({ period: 'custom', from: '2026-01-01' })).toEqual([['to', 'custom periods need a from and a to day']]);
    expect(issues({ from: '1900-01-01', to: '2026-11-27' })).toEqual([['to', 'a custom period is at most 366 days long']]);
    expect(issues({ from: '2024-01-01', to: '2024-12-31' })).toBeUndefined(); // a leap year is 366 days
  });
});
