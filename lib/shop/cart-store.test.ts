import { describe, expect, it, vi } from 'vitest';
import { addLine, cartCount, refreshLines, setLineQuantity, useCart, type CartProduct } from './cart-store';

const sapphire: CartProduct = { sku: 'HB-PRM-001', slug: 'royal-sapphire-button', name: 'Royal Sapphire Button', image: '/x.svg', priceCents: 490, stock: 5 };

describe('cart lines', () => {
  it('adds to an existing line and never beyond the stock last seen', () => {
    let { lines } = addLine([], sapphire, 2);
    lines = addLine(lines, sapphire, 2).lines;
    expect(lines).toHaveLength(1);
    expect(lines[0].quantity).toBe(4);
    expect(addLine(lines, sapphire, 10).lines[0].quantity).toBe(5);
    expect(cartCount(lines)).toBe(4);
  });

  it('says what an add did, so a capped one can be explained', () => {
    const { lines, added } = addLine([], sapphire, 4);
    expect(added).toEqual({ had: 0, asked: 4, holds: 4 });
    expect(addLine(lines, { ...sapphire, stock: 6 }, 3).added).toEqual({ had: 4, asked: 3, holds: 6 });
  });

  it('keeps quantities whole and at least one', () => {
    const { lines } = addLine([], sapphire, 1);
    expect(setLineQuantity(lines, sapphire.sku, 0)[0].quantity).toBe(1);
    expect(setLineQuantity(lines, sapphire.sku, 2.7)[0].quantity).toBe(2);
  });

  it('takes prices and stock from the server quote', () => {
    const lines = refreshLines(addLine([], sapphire, 1).lines, [{ sku: sapphire.sku, unitPriceCents: 520, stock: 3 }]);
    expect(lines[0]).toMatchObject({ priceCents: 520, stock: 3 });
  });
});

describe('the cart store', () => {
  it('keeps the last add for the drawer to explain, until the drawer closes', () => {
    // No localStorage in Node: the store works in memory and persist warns about it.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cart = useCart.getState();
    cart.add({ ...sapphire, stock: 6 }, 4);
    cart.add({ ...sapphire, stock: 6 }, 5);
    cart.setDrawerOpen(true);
    expect(useCart.getState().lastAdd).toEqual({ had: 4, asked: 5, holds: 6 });
    cart.setDrawerOpen(false);
    expect(useCart.getState().lastAdd).toBeNull();
    cart.clear();
  });
});
