'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button';
import { useCart } from '@/lib/shop/cart-store';
import { formatEuro } from '@/lib/shop/money';
import { addNotice } from '@/lib/shop/quantity';
import { CartLines } from './cart-lines';

/** A native modal dialog: focus is trapped and Escape closes it without extra code. */
export function CartDrawer() {
  const ref = useRef<HTMLDialogElement>(null);
  const open = useCart((s) => s.drawerOpen);
  const setOpen = useCart((s) => s.setDrawerOpen);
  const lines = useCart((s) => s.lines);
  const lastAdd = useCart((s) => s.lastAdd);
  const notice = lastAdd && addNotice(lastAdd);
  const subtotal = lines.reduce((sum, l) => sum + l.priceCents * l.quantity, 0);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => setOpen(false);
  return (
    <dialog
      ref={ref}
      onClose={close}
      onClick={(e) => e.target === e.currentTarget && close()}
      aria-labelledby="cart-drawer-title"
      // The page behind a modal is inert, so what adding did is said here, as the drawer's description when it opens.
      aria-describedby={notice ? 'cart-drawer-notice' : undefined}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-md bg-card p-0 text-fg shadow-2xl backdrop:bg-royal-950/50"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-center justify-between border-b border-border px-5 py-4">
          <h2 id="cart-drawer-title" className="font-serif text-xl">Your cart</h2>
          <button type="button" onClick={close} className="rounded-md px-2 py-1 text-sm hover:bg-subtle" aria-label="Close cart">
            ✕
          </button>
        </header>
        {notice && (
          <p id="cart-drawer-notice" role="status" className="border-b border-border bg-subtle px-5 py-3 text-sm font-medium text-amber-800 dark:text-amber-300">
            {notice}
          </p>
        )}
        <div className="flex-1 overflow-y-auto px-5 py-4">
          {lines.length ? <CartLines compact /> : <p className="py-10 text-center text-muted">Your cart is empty.</p>}
        </div>
        <footer className="space-y-3 border-t border-border px-5 py-4">
          <p className="flex justify-between text-sm">
            <span>Subtotal (net)</span>
            <span className="font-semibold">{formatEuro(subtotal)}</span>
          </p>
          <p className="text-xs text-muted">Prices and stock are confirmed at checkout; VAT and shipping are added there.</p>
          <div className="flex gap-2">
            <Link href="/cart" onClick={close} className={buttonClass('secondary', 'flex-1')}>
              View cart
            </Link>
            {lines.length > 0 && (
              <Link href="/checkout" onClick={close} className={buttonClass('gold', 'flex-1')}>
                Checkout
              </Link>
            )}
          </div>
        </footer>
      </div>
    </dialog>
  );
}
