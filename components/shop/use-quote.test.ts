import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartLine } from '@/lib/shop/cart-store';
import { stateUpdates } from '@/tests/state-updates';
import { useQuote } from './use-quote';

const cart = vi.hoisted(() => ({
  lines: [{ sku: 'HB-QUOTE-1', slug: 'royal-button', name: 'Royal button', image: '/b.png', priceCents: 120, stock: 50, quantity: 10 }] as CartLine[],
  refresh: () => {},
}));
// The server render sees the cart store's empty initial state; this stands for the hydrated cart.
vi.mock('@/lib/shop/cart-store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/shop/cart-store')>()),
  useCartHydrated: () => true,
  useCart: (select: (s: typeof cart) => unknown) => select(cart),
}));

// A server render runs no effects: here the pricing effect runs as the hook renders, as it would after mounting.
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState), useEffect: (effect: () => void) => void effect() };
});

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

function PricedCart() {
  useQuote();
  return null;
}

describe('useQuote', () => {
  it('names the failure when the answer is not JSON (an HTML 502 from a proxy, an empty 405)', async () => {
    for (const [status, body] of [[502, '<html><body>502 Bad Gateway</body></html>'], [405, null]] as const) {
      vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));
      renderToStaticMarkup(createElement(PricedCart));
      await vi.waitFor(() => expect(stateUpdates).toContainEqual(expect.objectContaining({ quote: null, error: `The server answered ${status}.` })));
      stateUpdates.length = 0;
    }
  });
});
