// The cart lives in the browser: zustand, persisted to localStorage (survives reloads) and re-read when another
// tab changes it (the `storage` event). Prices here are for display only; the server prices every order.
import { useEffect, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const CART_STORAGE_KEY = 'hb-cart';
export const MAX_LINE_QUANTITY = 100_000;

export type CartLine = { sku: string; slug: string; name: string; image: string; priceCents: number; stock: number; quantity: number };
export type CartProduct = Omit<CartLine, 'quantity'>;

const clamp = (quantity: number, stock: number) => Math.max(1, Math.min(Math.floor(quantity) || 1, Math.max(stock, 1), MAX_LINE_QUANTITY));

/** What one add did to its line: the pieces it had, the pieces asked for, the pieces it holds now. */
export type AddOutcome = { had: number; asked: number; holds: number };

/** Adding what is already in the cart raises its quantity (never beyond the stock last seen), and says what it did. */
export function addLine(lines: readonly CartLine[], product: CartProduct, quantity: number): { lines: CartLine[]; added: AddOutcome } {
  const had = lines.find((l) => l.sku === product.sku)?.quantity ?? 0;
  const holds = clamp(had + quantity, product.stock);
  const added = { had, asked: quantity, holds };
  if (!had) return { lines: [...lines, { ...product, quantity: holds }], added };
  return { lines: lines.map((l) => (l.sku === product.sku ? { ...l, ...product, quantity: holds } : l)), added };
}

export const setLineQuantity = (lines: readonly CartLine[], sku: string, quantity: number) =>
  lines.map((l) => (l.sku === sku ? { ...l, quantity: clamp(quantity, l.stock) } : l));

/** Brings display prices and stock in line with what the server quoted. */
export function refreshLines(lines: readonly CartLine[], fresh: readonly { sku: string; unitPriceCents: number; stock: number }[]): CartLine[] {
  const bySku = new Map(fresh.map((f) => [f.sku, f]));
  return lines.map((l) => {
    const f = bySku.get(l.sku);
    return f && (f.unitPriceCents !== l.priceCents || f.stock !== l.stock) ? { ...l, priceCents: f.unitPriceCents, stock: f.stock } : l;
  });
}

export const cartCount = (lines: readonly CartLine[]) => lines.reduce((n, l) => n + l.quantity, 0);

type CartState = {
  lines: CartLine[];
  drawerOpen: boolean;
  /** The last add, until the buyer changes the cart or closes the drawer: the drawer tells when stock held it back. */
  lastAdd: AddOutcome | null;
  add: (product: CartProduct, quantity: number) => void;
  setQuantity: (sku: string, quantity: number) => void;
  remove: (sku: string) => void;
  refresh: (fresh: readonly { sku: string; unitPriceCents: number; stock: number }[]) => void;
  clear: () => void;
  setDrawerOpen: (open: boolean) => void;
};

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      lines: [],
      drawerOpen: false,
      lastAdd: null,
      add: (product, quantity) =>
        set((s) => {
          const { lines, added } = addLine(s.lines, product, quantity);
          return { lines, lastAdd: added };
        }),
      setQuantity: (sku, quantity) => set((s) => ({ lines: setLineQuantity(s.lines, sku, quantity), lastAdd: null })),
      remove: (sku) => set((s) => ({ lines: s.lines.filter((l) => l.sku !== sku), lastAdd: null })),
      refresh: (fresh) => set((s) => ({ lines: refreshLines(s.lines, fresh) })),
      clear: () => set({ lines: [], lastAdd: null }),
      setDrawerOpen: (drawerOpen) => set(drawerOpen ? { drawerOpen } : { drawerOpen, lastAdd: null }),
    }),
    {
      name: CART_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ lines: s.lines }),
      // Read after the first render, so the server's HTML (an empty cart) and the first client render agree.
      skipHydration: true,
    },
  ),
);

/** Mount once (the cart button does): reads the saved cart and follows changes made in other tabs. */
export function useCartPersistence() {
  useEffect(() => {
    void useCart.persist.rehydrate();
    const onStorage = (e: StorageEvent) => {
      if (e.key === CART_STORAGE_KEY) void useCart.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

/** False until the saved cart has been read: pages wait before saying "your cart is empty". */
export function useCartHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useCart.persist.onFinishHydration(notify),
    () => useCart.persist.hasHydrated(),
    () => false,
  );
}
