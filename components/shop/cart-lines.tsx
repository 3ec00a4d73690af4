'use client';

import Link from 'next/link';
import { useCart } from '@/lib/shop/cart-store';
import { formatEuro } from '@/lib/shop/money';
import type { QuoteLine } from '@/lib/shop/quote';
import { QuantityInput } from './quantity-input';

const PROBLEM: Record<NonNullable<QuoteLine['problem']>, (l: QuoteLine) => string> = {
  unknown: () => 'No longer available — please remove it.',
  sold_out: () => 'Sold out for now — please remove it.',
  short: (l) => `Only ${l.stock} in stock — please lower the quantity.`,
};

/** The cart's lines with quantity pickers; with a server quote, each line shows what the server found. */
export function CartLines({ compact = false, quote }: { compact?: boolean; quote?: QuoteLine[] }) {
  const lines = useCart((s) => s.lines);
  const setQuantity = useCart((s) => s.setQuantity);
  const remove = useCart((s) => s.remove);
  const setOpen = useCart((s) => s.setDrawerOpen);
  return (
    <ul className="divide-y divide-border">
      {lines.map((l) => {
        const checked = quote?.find((q) => q.sku === l.sku);
        return (
          <li key={l.sku} className="flex gap-4 py-4">
            <img src={l.image} alt="" width={compact ? 56 : 80} height={compact ? 56 : 80} className="shrink-0 rounded-lg bg-subtle p-1" />
            <div className="min-w-0 flex-1 space-y-2">
              <div className="flex justify-between gap-2">
                <Link href={`/shop/${l.slug}`} onClick={() => setOpen(false)} className="font-medium hover:underline">
                  {l.name}
                </Link>
                <span className="font-semibold">{formatEuro(l.priceCents * l.quantity)}</span>
              </div>
              <p className="text-xs text-muted">
                {l.sku} · {formatEuro(l.priceCents)} each, net
              </p>
              <div className="flex items-center gap-3">
                <QuantityInput id={`qty-${compact ? 'drawer' : 'cart'}-${l.sku}`} label={`Quantity of ${l.name}`} value={l.quantity} max={Math.max(l.stock, 1)} onChange={(n) => setQuantity(l.sku, n)} />
                <button type="button" onClick={() => remove(l.sku)} className="text-sm text-muted underline hover:text-fg">
                  Remove<span className="sr-only"> {l.name}</span>
                </button>
              </div>
              {checked?.problem && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {PROBLEM[checked.problem](checked)}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
