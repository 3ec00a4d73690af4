'use client';

import { useEffect, useState } from 'react';
import { useCart, useCartHydrated } from '@/lib/shop/cart-store';
import type { QuoteDestination } from '@/lib/shop/checkout-schema';
import type { Quote } from '@/lib/shop/quote';

type Result = { request: string; quote: Quote | null; error: string | null };

/**
 * Prices the cart on the server whenever its lines (or the destination) change, and brings the cart's display prices up
 * to date. With a destination the VAT is the one that order will owe. While a new quote loads, the previous one stays
 * visible and `loading` is true.
 */
export function useQuote(destination?: QuoteDestination): { quote: Quote | null; error: string | null; loading: boolean; hydrated: boolean } {
  const hydrated = useCartHydrated();
  const lines = useCart((s) => s.lines);
  const refresh = useCart((s) => s.refresh);
  const [result, setResult] = useState<Result | null>(null);
  const request = JSON.stringify({ items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), destination });
  const empty = lines.length === 0;

  useEffect(() => {
    if (!hydrated || empty) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch('/api/orders/quote', { method: 'POST', headers: { 'content-type': 'application/json' }, body: request, signal: controller.signal });
        if (!res.ok) throw new Error(((await res.json()) as { detail?: string }).detail ?? 'The cart could not be checked.');
        const quote = (await res.json()) as Quote;
        refresh(quote.lines.filter((l) => l.problem !== 'unknown'));
        setResult({ request, quote, error: null });
      } catch (error) {
        if (!controller.signal.aborted) setResult({ request, quote: null, error: (error as Error).message });
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [hydrated, empty, request, refresh]);

  if (empty) return { quote: null, error: null, loading: false, hydrated };
  return { quote: result?.quote ?? null, error: result?.error ?? null, loading: result?.request !== request, hydrated };
}
