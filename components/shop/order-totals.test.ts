import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OrderTotals } from './order-totals';

const shown = (props: Parameters<typeof OrderTotals>[0]) => renderToStaticMarkup(createElement(OrderTotals, props)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const untaxed = { netCents: 3_000, shippingCents: 990, vatCents: 0, totalCents: 3_990, vatRatePercent: 0 };

describe('OrderTotals', () => {
  it('says why an order carries no VAT', () => {
    expect(shown({ totals: { ...untaxed, vatTreatment: 'EXPORT' } })).toContain('VAT 0 % — export outside the EU €0.00');
    expect(shown({ totals: { ...untaxed, vatTreatment: 'REVERSE_CHARGE' }, vatId: 'ATU12345678' })).toContain('VAT 0 % — reverse charge, VAT ID ATU12345678 €0.00');
  });

  it('names German delivery as the condition of the VAT shown before the address is known', () => {
    const cart = shown({ totals: { netCents: 3_000, shippingCents: 990, vatCents: 758, totalCents: 4_748, vatRatePercent: 19, vatTreatment: 'STANDARD' }, beforeAddress: true });
    expect(cart).toContain('VAT 19 % for delivery in Germany €7.58');
    expect(cart).toContain('No VAT on exports outside the EU');
  });
});
