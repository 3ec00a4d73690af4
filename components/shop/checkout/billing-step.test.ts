import { describe, expect, it } from 'vitest';
import { billingDefaults, billingStepFor } from './billing-step';

// Example Trading's buyer: a business customer with a German VAT ID on file.
const business = { businessCustomer: true, recordedVatId: 'DE100200300' };
const guest = { businessCustomer: false, recordedVatId: '' };

const paymentError = (profile: typeof business, step: Record<string, unknown>) => {
  const parsed = billingStepFor('AT', profile).safeParse({ billingTo: 'shipping', paymentMethod: 'INVOICE', ...step });
  return parsed.error?.issues.find((i) => i.path[0] === 'paymentMethod')?.message;
};

describe('billingDefaults', () => {
  it("fills in the record's VAT ID, and offers pay on invoice, only where it is the billing country's", () => {
    expect(billingDefaults(business, 'DE')).toMatchObject({ vatId: 'DE100200300', paymentMethod: 'INVOICE' });
    expect(billingDefaults(business, 'AT')).toMatchObject({ vatId: '', paymentMethod: 'PREPAYMENT' });
    expect(billingDefaults(guest, 'DE')).toMatchObject({ vatId: '', paymentMethod: 'PREPAYMENT' });
  });
});

describe('billingStepFor', () => {
  it('refuses pay on invoice as the server does: without a VAT ID the order carries', () => {
    expect(paymentError(business, { vatId: '' })).toBe('Pay on invoice needs the VAT ID of the billing country; give it below or choose bank transfer');
    expect(paymentError(business, { vatId: 'ATU12345678' })).toBeUndefined();
    expect(paymentError(guest, { vatId: 'ATU12345678' })).toBeDefined();
  });
});
