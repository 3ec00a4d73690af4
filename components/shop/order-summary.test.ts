import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OrderView } from '@/lib/shop/order-queries';
import { OrderSummary } from './order-summary';

const order: OrderView = {
  id: 'o1',
  number: 'HB-2026-000042',
  status: 'PLACED',
  source: 'SHOP',
  email: 'rita@royal-motors.de',
  contactName: 'Rita Royal',
  company: 'Royal Motors AG',
  vatId: 'DE123456789',
  customerId: null,
  paymentMethod: 'INVOICE',
  shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
  billingAddress: { line1: 'Postfach 12', postalCode: '70001', city: 'Stuttgart', country: 'DE' },
  netCents: 1_000,
  shippingCents: 0,
  vatCents: 190,
  vatRatePercent: 19,
  vatTreatment: 'STANDARD',
  totalCents: 1_190,
  currency: 'EUR',
  placedAt: '2026-11-27T10:41:07.000Z',
  updatedAt: '2026-11-27T10:41:07.000Z',
  items: [],
  confirmationUrl: '/checkout/confirmation/HB-2026-000042',
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const block = (shown: string, title: string, next: string) => shown.slice(shown.indexOf(title), shown.indexOf(next, shown.indexOf(title)));

describe('OrderSummary', () => {
  it('names the buyer above the billing address, as above the shipping address', () => {
    const shown = text(renderToStaticMarkup(createElement(OrderSummary, { order })));
    expect(block(shown, 'Ships to', 'Billed to')).toContain('Rita Royal · Royal Motors AG Werkstraße 1');
    expect(block(shown, 'Billed to', 'VAT ID')).toContain('Rita Royal · Royal Motors AG Postfach 12');
  });

  it('names the person alone when no company was given', () => {
    const shown = text(renderToStaticMarkup(createElement(OrderSummary, { order: { ...order, company: null } })));
    expect(block(shown, 'Billed to', 'VAT ID')).toContain('Billed to Rita Royal Postfach 12');
  });
});
