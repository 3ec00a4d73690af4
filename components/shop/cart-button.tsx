'use client';

import { cartCount, useCart, useCartHydrated, useCartPersistence } from '@/lib/shop/cart-store';
import { CartDrawer } from './cart-drawer';

/** The header's cart: a count, and the drawer it opens. Also keeps the cart in step with storage and other tabs. */
export function CartButton() {
  useCartPersistence();
  const hydrated = useCartHydrated();
  const count = useCart((s) => cartCount(s.lines));
  const open = useCart((s) => s.setDrawerOpen);
  const shown = hydrated ? count : 0;
  return (
    <>
      <button
        type="button"
        onClick={() => open(true)}
        aria-haspopup="dialog"
        aria-label={`Cart, ${shown} ${shown === 1 ? 'item' : 'items'}`}
        className="relative inline-flex h-9 w-9 items-center justify-center rounded-md hover:bg-subtle"
        data-testid="cart-button"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 7h12l-1 13H7L6 7Z" />
          <path d="M9 7a3 3 0 0 1 6 0" />
        </svg>
        {shown > 0 && (
          <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-gold-500 px-1 text-center text-xs font-semibold leading-5 text-royal-950">
            {shown > 99 ? '99+' : shown}
          </span>
        )}
      </button>
      <CartDrawer />
    </>
  );
}
