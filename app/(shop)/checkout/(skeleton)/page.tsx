import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/states';
import { CheckoutFlow } from '@/components/shop/checkout/checkout-flow';
import { currentUser } from '@/lib/auth/session';
import { checkoutProfile } from '@/lib/shop/checkout-profile';

export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

export default async function CheckoutPage() {
  const user = await currentUser();
  const profile = await checkoutProfile(user);
  return (
    <div className="mx-auto max-w-5xl px-6 py-10">
      <PageHeader title="Checkout" description={user ? `Signed in as ${user.email}.` : 'Order as a guest, or sign in for business terms.'} />
      <CheckoutFlow profile={profile} />
    </div>
  );
}
