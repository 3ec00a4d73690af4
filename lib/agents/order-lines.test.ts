import { describe, expect, it } from 'vitest';
import { readOrderLines, sameLines, skuCandidates, type CatalogProduct } from './order-lines';

const product = (sku: string, name: string, priceCents = 500, active = true): CatalogProduct => ({ id: sku.toLowerCase(), sku, name, priceCents, active });
const catalog = new Map(
  [product('HB-PRM-001', 'Royal Sapphire Button', 490), product('HB-STD-001', 'Classic Shirt Buttons (100 pcs)', 850), product('HB-1001', 'Test Button')].map((p) => [p.sku, p]),
);

describe('readOrderLines', () => {
  it('reads the rows of an English PDF table, prices and positions left out', () => {
    const text = 'Purchase Order 4711\nPos SKU Description Qty Amount\n1 HB-PRM-001 Royal Sapphire Button 500 EUR 2,450.00\n2 HB-STD-001 Classic Shirt Buttons (100 pcs) 20 EUR 170.00\nTotal (net): EUR 2,620.00';
    expect(readOrderLines(text, catalog)).toEqual({ lines: [{ sku: 'HB-PRM-001', quantity: 500 }, { sku: 'HB-STD-001', quantity: 20 }], problems: [] });
  });

  it('reads German amounts and thousands separators', () => {
    const text = '1 HB-PRM-001 Royal Sapphire Button 1.000 4.900,00 EUR\n2 hb-std-001 Classic Shirt Buttons (100 pcs) 2000 17.000,00 EUR';
    expect(readOrderLines(text, catalog).lines).toEqual([{ sku: 'HB-PRM-001', quantity: 1000 }, { sku: 'HB-STD-001', quantity: 2000 }]);
  });

  it('reads lines pasted into a mail and a quantity written before the SKU', () => {
    expect(readOrderLines('1. HB-PRM-001  Royal Sapphire Button  250 pcs\n2. HB-STD-001  Classic Shirt Buttons (100 pcs)  50 Stk.', catalog).lines).toEqual([
      { sku: 'HB-PRM-001', quantity: 250 },
      { sku: 'HB-STD-001', quantity: 50 },
    ]);
    expect(readOrderLines('Purchase order 12345: 500 x HB-1001', catalog).lines).toEqual([{ sku: 'HB-1001', quantity: 500 }]);
  });

  it('adds up a SKU listed twice', () => {
    expect(readOrderLines('HB-PRM-001 100 pcs\nHB-PRM-001 50 pcs', catalog).lines).toEqual([{ sku: 'HB-PRM-001', quantity: 150 }]);
  });

  it('reports instead of guessing: no quantity, two candidate quantities, two SKUs on a line, zero', () => {
    const { lines, problems } = readOrderLines('HB-PRM-001 please quote\nHB-STD-001 20 or 30 boxes\nHB-PRM-001 and HB-1001 10\nHB-1001 0 pcs', catalog);
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      'no quantity for HB-PRM-001: "HB-PRM-001 please quote"',
      'unclear quantity for HB-STD-001 (20 or 30): "HB-STD-001 20 or 30 boxes"',
      'one line names several SKUs (HB-PRM-001, HB-1001): "HB-PRM-001 and HB-1001 10"',
      'quantity 0 for HB-1001 is out of range',
    ]);
  });

  it('ignores lines without a catalog SKU, dates and order numbers included', () => {
    expect(readOrderLines('Order number: 4711\nDelivery by 12.12.2026\nHB-9999 5 pcs', catalog)).toEqual({ lines: [], problems: [] });
    expect(readOrderLines('HB-PRM-001 Royal Sapphire Button 300 delivery 01.02.2027', catalog).lines).toEqual([{ sku: 'HB-PRM-001', quantity: 300 }]);
  });
});

describe('skuCandidates and sameLines', () => {
  it('offers words with digits for the catalog lookup, upper-cased and once', () => {
    expect(skuCandidates('Order 4711: hb-prm-001, HB-PRM-001 and HB-STD-001. Thanks')).toEqual(['4711', 'HB-PRM-001', 'HB-STD-001']);
  });

  it('compares lines regardless of order', () => {
    expect(sameLines([{ sku: 'A1', quantity: 2 }, { sku: 'B2', quantity: 3 }], [{ sku: 'B2', quantity: 3 }, { sku: 'A1', quantity: 2 }])).toBe(true);
    expect(sameLines([{ sku: 'A1', quantity: 2 }], [{ sku: 'A1', quantity: 3 }])).toBe(false);
  });
});
