import { describe, expect, it } from 'vitest';
import { DOTTED_UP_TO, dottedPoints } from './series-dots';

const long = (entries: Record<number, number>) => Array.from({ length: DOTTED_UP_TO + 12 }, (_, i) => entries[i] ?? null);

describe('dottedPoints', () => {
  it('marks the only measurement of a period', () => {
    expect(dottedPoints([null, null, null, 42, null, null, null])).toEqual([false, false, false, true, false, false, false]);
  });

  it('marks every measurement of a short series and never an empty bucket', () => {
    expect(dottedPoints([3, 4, null, 5])).toEqual([true, true, false, true]);
  });

  it('marks only isolated measurements of a long series, including those at its ends', () => {
    const dots = dottedPoints(long({ 0: 1, 10: 2, 11: 3, 12: 4, 30: 5, [DOTTED_UP_TO + 11]: 6 }));
    expect(dots.flatMap((d, i) => (d ? [i] : []))).toEqual([0, 30, DOTTED_UP_TO + 11]);
  });

  it('counts a zero as a measurement', () => {
    expect(dottedPoints(long({ 5: 0 }))[5]).toBe(true);
    expect(dottedPoints(long({ 5: 0, 6: 0 })).slice(5, 7)).toEqual([false, false]);
  });
});
