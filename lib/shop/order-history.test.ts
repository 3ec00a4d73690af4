import { describe, expect, it } from 'vitest';
import { describeOrderEntry } from './order-history';
import { cancelConsequences, tellsBuyer } from './order-status';

describe('describeOrderEntry', () => {
  it('puts every recorded order action in words', () => {
    expect(describeOrderEntry({ action: 'order.drafted', before: null, after: { number: 'HB-2026-000001' } })).toBe('drafted the order from an email');
    expect(describeOrderEntry({ action: 'order.placed', before: null, after: {} })).toBe('placed the order');
    expect(describeOrderEntry({ action: 'order.status_changed', before: { status: 'DRAFT' }, after: { status: 'CONFIRMED' } })).toBe('Draft (from email) → Confirmed');
    expect(describeOrderEntry({ action: 'order.addresses_changed', before: {}, after: { shippingAddress: {}, billingAddress: {} } })).toBe('set the delivery and billing address');
    expect(describeOrderEntry({ action: 'order.addresses_changed', before: {}, after: { billingAddress: {} } })).toBe('set the billing address');
  });
});

describe('telling the buyer about a cancellation', () => {
  it('is skipped for a discarded draft, and the cancel dialog says which applies', () => {
    expect(tellsBuyer('DRAFT', 'CANCELLED')).toBe(false);
    expect(tellsBuyer('PLACED', 'CANCELLED')).toBe(true);
    expect(cancelConsequences('DRAFT')).toContain('not emailed');
    expect(cancelConsequences('CONFIRMED')).toBe('Its stock is returned and the buyer is told by email.');
  });
});
