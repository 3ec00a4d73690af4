import { describe, expect, it } from 'vitest';
import { formatOrderNumber, ORDER_NUMBER_PATTERN } from './order-number';

describe('formatOrderNumber', () => {
  it('pads the sequence to six digits after the year', () => {
    expect(formatOrderNumber(2026, 1)).toBe('HB-2026-000001');
    expect(formatOrderNumber(2026, 123_456)).toBe('HB-2026-123456');
    expect(formatOrderNumber(2026, 42)).toMatch(ORDER_NUMBER_PATTERN);
  });

  it('refuses sequences that do not fit', () => {
    expect(() => formatOrderNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatOrderNumber(2026, 1_000_000)).toThrow(RangeError);
  });
});
