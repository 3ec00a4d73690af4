import { describe, expect, it } from 'vitest';
import { formatMoney, moneyIn, parseAmount, readInvoice } from './invoice-facts';

describe('parseAmount', () => {
  it.each([
    ['1,250.00', 125_000],
    ['1.250,00', 125_000],
    ['1250', 125_000],
    ['1,250', 125_000],
    ['12,5', 1_250],
    ["1'234.55", 123_455],
    ['abc', null],
  ])('%s → %s cents', (text, cents) => expect(parseAmount(text)).toBe(cents));
});

describe('readInvoice', () => {
  it('reads an English invoice: number and the total due, not the net', () => {
    const text = 'Pearl Coast Trading Ltd\nInvoice 2026-418\nInvoice number: 2026-418\nInvoice date: 5 January 2026\nDescription Qty Unit price Amount\nTrocas shell blanks 22 mm 20 EUR 95.50 EUR 1,910.00\nNet: EUR 1,910.00\nVAT 19%: EUR 362.90\nTotal due: EUR 2,272.90';
    expect(readInvoice(text)).toEqual({ number: '2026-418', total: { cents: 227_290, currency: 'EUR' } });
  });

  it('reads a German invoice', () => {
    const text = 'Rechnung RE-2026-0042\nRechnungsnummer: RE-2026-0042\nNetto: 1.000,00 EUR\nMwSt. 19 %: 190,00 EUR\nGesamtbetrag: 1.190,00 EUR';
    expect(readInvoice(text)).toEqual({ number: 'RE-2026-0042', total: { cents: 119_000, currency: 'EUR' } });
  });

  it('takes the only amount of a short invoice and the number from its title', () => {
    expect(readInvoice('Invoice INV-2026-0815 EUR 1250.00')).toEqual({ number: 'INV-2026-0815', total: { cents: 125_000, currency: 'EUR' } });
  });

  it('finds nothing where nothing is', () => {
    expect(readInvoice('Delivery note 4711\n20 boxes HB-PRM-001\nAmounts EUR 10.00 and EUR 20.00')).toEqual({ number: null, total: null });
  });
});

describe('money', () => {
  it('finds amounts with currency signs or cents, not bare numbers', () => {
    expect(moneyIn('20 pcs at € 9.90, £5 or 12.50; order 4711')).toEqual([
      { cents: 990, currency: 'EUR' },
      { cents: 500, currency: 'GBP' },
      { cents: 1_250, currency: 'EUR' },
    ]);
    expect(formatMoney({ cents: 227_290, currency: 'EUR' })).toBe('€2,272.90');
  });
});
