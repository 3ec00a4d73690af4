import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/states';
import { CartView } from '@/components/shop/cart-view';

export const metadata: Metadata = { title: 'Your cart', robots: { index: false } };

export default function CartPage() {
  return (
    <div className="mx-auto max-w-6xl px-6 py-10">
      <PageHeader title="Your cart" description="Prices and stock are checked with our warehouse as you go. Prices are net." />
      <CartView />
    </div>
  );
}
