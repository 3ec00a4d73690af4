'use client';

import { useEffect, useState } from 'react';
import { useCart, useCartHydrated } from '@/lib/shop/cart-store';
import type { Quote } from '@/lib/shop/quote';

type QuoteState = { quote: Quote | null; error: string | null; loading: boolean };

/** Prices the cart on the server whenever its lines change, and brings the cart's display prices up to date. */
export function useQuote(): QuoteState & { hydrated: boolean } {
  const hydrated = useCartHydrated();
  const lines = useCart((s) => s.lines);
  const refresh = useCart((s) => s.refresh);
  const [state, setState] = useState<QuoteState>({ quote: null, error: null, loading: true });
  const items = JSON.stringify(lines.map((l) => ({ sku: l.sku, quantity: l.quantity })));

  useEffect(() => {
    if (!hydrated) return;
    const parsed = JSON.parse(items) as { sku: string; quantity: number }[];
    if (!parsed.length) {
      setState({ quote: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(async () => {
      try {
        const res = await fetch('/api/orders/quote', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ items: parsed }),
          signal: controller.signal,
        });
        if (!res.ok) throw new Error(((await res.json()) as { detail?: string }).detail ?? 'The cart could not be checked.');
        const quote = (await res.json()) as Quote;
        refresh(quote.lines.filter((l) => l.problem !== 'unknown'));
        setState({ quote, error: null, loading: false });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({ quote: null, error: (error as Error).message, loading: false });
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [hydrated, items, refresh]);

  return { ...state, hydrated };
}
