import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BillingStep, ContactStep } from '@/lib/shop/checkout-schema';
import { ReviewStep } from './review-step';

const contact: ContactStep = {
  email: 'rita@royal-motors.de',
  contactName: 'Rita Royal',
  company: 'Royal Motors AG',
  shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const billingBlock = (billing: BillingStep) => {
  const shown = text(renderToStaticMarkup(createElement(ReviewStep, { contact, billing, placing: false, problem: null, onEdit: () => {}, onPlace: () => {} })));
  return shown.slice(shown.indexOf('Billing &amp; payment'), shown.indexOf('Items'));
};

describe('ReviewStep', () => {
  it('names the buyer in the billing block, as in the shipping block', () => {
    const other = billingBlock({ billingTo: 'other', billingAddress: { line1: 'Postfach 12', postalCode: '70001', city: 'Stuttgart', country: 'DE' }, paymentMethod: 'INVOICE' });
    expect(other).toContain('Rita Royal · Royal Motors AG Postfach 12');
    const same = billingBlock({ billingTo: 'shipping', paymentMethod: 'PREPAYMENT' });
    expect(same).toContain('Rita Royal · Royal Motors AG Same as the shipping address');
  });
});
