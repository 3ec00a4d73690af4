'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/lib/http/call-api';
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
      // The request text is the effect's dependency (a stable string); its parse is the body.
      const res = await callApi<Quote>('/api/orders/quote', 'POST', JSON.parse(request), { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!res.ok) return setResult({ request, quote: null, error: res.detail });
      refresh(res.data.lines.filter((l) => l.problem !== 'unknown'));
      setResult({ request, quote: res.data, error: null });
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [hydrated, empty, request, refresh]);

  if (empty) return { quote: null, error: null, loading: false, hydrated };
  return { quote: result?.quote ?? null, error: result?.error ?? null, loading: result?.request !== request, hydrated };
}
