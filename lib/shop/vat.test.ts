import { describe, expect, it } from 'vitest';
import { addressSchema, orderInputSchema } from './checkout-schema';
import { orderLinesText, type OrderForEmail } from './order-emails';
import { isVatIdFormat, vatFor, vatIdCountry, vatLabel } from './vat';

const to = (shippingCountry: string, billingCountry = shippingCountry, vatId?: string) => vatFor({ shippingCountry, billingCountry, vatId });

describe('vatFor: the destination and the VAT ID decide', () => {
  it('charges 19 % on delivery in Germany, even to a foreign business', () => {
    expect(to('DE')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
    expect(to('DE', 'AT', 'ATU12345678')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });

  it('charges nothing on exports outside the EU, with or without a VAT ID', () => {
    for (const country of ['CH', 'GB']) expect(to(country)).toEqual({ vatRatePercent: 0, vatTreatment: 'EXPORT' });
    expect(to('CH', 'CH', 'CHE-123.456.789 MWST')).toEqual({ vatRatePercent: 0, vatTreatment: 'EXPORT' });
  });

  it('reverse-charges an EU delivery to a business with a VAT ID of its billing country', () => {
    expect(to('AT', 'AT', 'ATU12345678')).toEqual({ vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE' });
    expect(to('FR', 'NL', 'NL123456789B01')).toEqual({ vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE' });
  });

  it('charges 19 % to EU consumers, to a VAT ID of another country and to a German VAT ID', () => {
    expect(to('AT')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
    expect(to('AT', 'AT', 'FRXX123456789')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
    expect(to('AT', 'DE', 'DE123456789')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });

  it('treats a draft placeholder (no country yet) as a German delivery', () => {
    expect(to('', '')).toEqual({ vatRatePercent: 19, vatTreatment: 'STANDARD' });
  });
});

describe('VAT ID formats', () => {
  it('accepts German, British, Swiss and EU-style IDs', () => {
    for (const id of ['DE123456789', 'GB123456789', 'CHE-123.456.789 MWST', 'CHE123456789', 'CHE-123.456.789 TVA', 'ATU12345678', 'NL123456789B01']) expect(isVatIdFormat(id)).toBe(true);
  });

  it('refuses a short German ID and a Swiss number without its UID form', () => {
    for (const id of ['DE12345', 'CH123456', 'CHE-12.345.678 MWST', 'GB12345']) expect(isVatIdFormat(id)).toBe(false);
  });

  it('reads the country from the prefix', () => {
    expect(vatIdCountry('CHE-123.456.789 MWST')).toBe('CH');
    expect(vatIdCountry('ATU12345678')).toBe('AT');
  });
});

describe('the order payload', () => {
  const address = (country: string) => addressSchema.parse({ line1: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country });
  const input = (vatId: string, billingCountry?: string) => ({
    email: 'vat@example.org',
    contactName: 'Vera Vat',
    shippingAddress: address('CH'),
    ...(billingCountry ? { billingAddress: address(billingCountry) } : {}),
    paymentMethod: 'PREPAYMENT',
    vatId,
    items: [{ sku: 'HB-STD-001', quantity: 1 }],
  });

  it('refuses a VAT ID that is not the billing country’s, naming the field', () => {
    const result = orderInputSchema.safeParse(input('ATU12345678'));
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['vatId'], message: 'Give the VAT ID of the billing country, Switzerland (it starts with CHE)' })]);
    expect(orderInputSchema.safeParse(input('ATU12345678', 'AT')).success).toBe(true);
  });

  it('accepts the Swiss UID for a Swiss billing address', () => {
    expect(orderInputSchema.parse(input('che-123.456.789 mwst')).vatId).toBe('CHE-123.456.789 MWST');
  });
});

describe('what the order says about its VAT', () => {
  it('names the export, the reverse charge with the VAT ID, or the German rate', () => {
    expect(vatLabel({ vatRatePercent: 0, vatTreatment: 'EXPORT' })).toBe('VAT 0 % — export outside the EU');
    expect(vatLabel({ vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE', vatId: 'ATU12345678' })).toBe('VAT 0 % — reverse charge, VAT ID ATU12345678');
    expect(vatLabel({ vatRatePercent: 19, vatTreatment: 'STANDARD', vatId: 'DE123456789' })).toBe('VAT 19 %');
  });

  it('prints it in the order email’s lines', () => {
    const order: OrderForEmail = {
      id: 'o1',
      number: 'HB-2026-000901',
      userId: null,
      email: 'vera@example.at',
      contactName: 'Vera Vat',
      company: 'Vat & Co',
      vatId: 'ATU12345678',
      shippingAddress: { line1: 'Ring 1', postalCode: '1010', city: 'Wien', country: 'AT' },
      paymentMethod: 'PREPAYMENT',
      netCents: 1_000,
      shippingCents: 990,
      vatCents: 0,
      vatRatePercent: 0,
      vatTreatment: 'REVERSE_CHARGE',
      totalCents: 1_990,
      items: [{ sku: 'HB-STD-001', name: 'Classic', quantity: 2, unitPriceCents: 500, lineCents: 1_000 }],
    };
    expect(orderLinesText(order)).toContain('VAT 0 % — reverse charge, VAT ID ATU12345678: €0.00');
  });
});
