import { describe, expect, it } from 'vitest';
import { addLine, cartCount, refreshLines, setLineQuantity, type CartProduct } from './cart-store';

const sapphire: CartProduct = { sku: 'HB-PRM-001', slug: 'royal-sapphire-button', name: 'Royal Sapphire Button', image: '/x.svg', priceCents: 490, stock: 5 };

describe('cart lines', () => {
  it('adds to an existing line and never beyond the stock last seen', () => {
    let lines = addLine([], sapphire, 2);
    lines = addLine(lines, sapphire, 2);
    expect(lines).toHaveLength(1);
    expect(lines[0].quantity).toBe(4);
    expect(addLine(lines, sapphire, 10)[0].quantity).toBe(5);
    expect(cartCount(lines)).toBe(4);
  });

  it('keeps quantities whole and at least one', () => {
    const lines = addLine([], sapphire, 1);
    expect(setLineQuantity(lines, sapphire.sku, 0)[0].quantity).toBe(1);
    expect(setLineQuantity(lines, sapphire.sku, 2.7)[0].quantity).toBe(2);
  });

  it('takes prices and stock from the server quote', () => {
    const lines = refreshLines(addLine([], sapphire, 1), [{ sku: sapphire.sku, unitPriceCents: 520, stock: 3 }]);
    expect(lines[0]).toMatchObject({ priceCents: 520, stock: 3 });
  });
});
