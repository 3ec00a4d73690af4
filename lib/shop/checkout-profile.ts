// What checkout knows about the signed-in buyer: prefilled fields and whether pay on invoice is open to them.
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';

export type CheckoutProfile = { signedIn: boolean; invoiceAllowed: boolean; email: string; contactName: string; company: string; vatId: string };

/** The business customer a user's account belongs to; pay on invoice is open when it has a VAT ID. */
export async function accountCustomer(userId: string) {
  const account = await db.user.findUnique({ where: { id: userId }, include: { customer: true } });
  return account?.customer ?? null;
}

export async function checkoutProfile(user: SessionUser | null): Promise<CheckoutProfile> {
  if (!user) return { signedIn: false, invoiceAllowed: false, email: '', contactName: '', company: '', vatId: '' };
  const customer = await accountCustomer(user.id);
  return {
    signedIn: true,
    invoiceAllowed: !!customer?.vatId,
    email: user.email,
    contactName: user.name,
    company: customer?.name ?? '',
    vatId: customer?.vatId ?? '',
  };
}
