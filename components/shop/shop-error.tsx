'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** The storefront's error state, shown inside the shop's header and footer. */
export function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl px-6 py-20 text-center">
      <p className="font-serif text-3xl text-gold-500">A loose thread</p>
      <h1 className="mt-2 font-serif text-2xl">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-muted">Please try again; your cart is safe. Reference: {error.digest ?? 'unknown'}</p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/shop" className="px-4 py-2 text-sm underline">
          Back to the shop
        </Link>
      </div>
    </div>
  );
}
