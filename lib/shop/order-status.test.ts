import { describe, expect, it } from 'vitest';
import { canMoveTo, holdsStock, nextStatuses } from './order-status';

describe('order status flow', () => {
  it('moves forward one step at a time', () => {
    expect(canMoveTo('PLACED', 'CONFIRMED')).toBe(true);
    expect(canMoveTo('CONFIRMED', 'SHIPPED')).toBe(true);
    expect(canMoveTo('SHIPPED', 'DELIVERED')).toBe(true);
    expect(canMoveTo('PLACED', 'SHIPPED')).toBe(false);
    expect(canMoveTo('DELIVERED', 'PLACED')).toBe(false);
  });

  it('cancels only before shipping, and never twice', () => {
    expect(canMoveTo('PLACED', 'CANCELLED')).toBe(true);
    expect(canMoveTo('CONFIRMED', 'CANCELLED')).toBe(true);
    expect(canMoveTo('SHIPPED', 'CANCELLED')).toBe(false);
    expect(nextStatuses('CANCELLED')).toEqual([]);
  });

  it('lets staff confirm or cancel drafts from email', () => {
    expect(nextStatuses('DRAFT')).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(holdsStock('DRAFT')).toBe(false);
    expect(holdsStock('CONFIRMED')).toBe(true);
  });
});
