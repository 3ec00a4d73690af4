import { describe, expect, it } from 'vitest';
import { FLAT_SHIPPING_CENTS, FREE_SHIPPING_FROM_NET_CENTS, orderTotals, shippingCents, vatCents } from './pricing';
import { GERMAN_VAT, vatFor } from './vat';

const german = { vatRatePercent: 19, vatTreatment: 'STANDARD' } as const;

describe('orderTotals', () => {
  it('adds 19 % VAT on goods plus shipping below the free-shipping threshold', () => {
    const t = orderTotals([{ unitPriceCents: 1_250, quantity: 4 }, { unitPriceCents: 399, quantity: 1 }], GERMAN_VAT);
    expect(t.netCents).toBe(5_399);
    expect(t.shippingCents).toBe(990);
    expect(t.vatCents).toBe(1_214); // (5 399 + 990) × 0.19 = 1 213.91
    expect(t.totalCents).toBe(5_399 + 990 + 1_214);
  });

  it('ships free from €250 net', () => {
    const t = orderTotals([{ unitPriceCents: 12_500, quantity: 2 }], GERMAN_VAT);
    expect(t).toEqual({ netCents: 25_000, shippingCents: 0, vatCents: 4_750, totalCents: 29_750, ...german });
  });

  it('charges shipping one cent below the threshold', () => {
    expect(shippingCents(FREE_SHIPPING_FROM_NET_CENTS - 1)).toBe(FLAT_SHIPPING_CENTS);
  });

  it('has nothing to charge for an empty order', () => {
    expect(orderTotals([], GERMAN_VAT)).toEqual({ netCents: 0, shippingCents: 0, vatCents: 0, totalCents: 0, ...german });
  });

  it('rounds VAT half up to whole cents', () => {
    expect(vatCents(50, 19)).toBe(10); // 9.5 → 10
    expect(vatCents(1, 19)).toBe(0); // 0.19 → 0
    expect(vatCents(3, 19)).toBe(1); // 0.57 → 1
  });

  it('refuses fractional cents and empty quantities', () => {
    expect(() => orderTotals([{ unitPriceCents: 10.5, quantity: 1 }], GERMAN_VAT)).toThrow(RangeError);
    expect(() => orderTotals([{ unitPriceCents: 100, quantity: 0 }], GERMAN_VAT)).toThrow(RangeError);
  });

  it('charges no VAT on an export and stores the rate it applied', () => {
    const t = orderTotals([{ unitPriceCents: 3_050, quantity: 1 }], vatFor({ shippingCountry: 'CH', billingCountry: 'CH' }));
    expect(t).toEqual({ netCents: 3_050, shippingCents: 990, vatCents: 0, totalCents: 4_040, vatRatePercent: 0, vatTreatment: 'EXPORT' });
  });
});
