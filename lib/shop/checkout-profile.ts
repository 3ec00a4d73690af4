// What checkout knows about the signed-in buyer: prefilled fields, and the business customer they buy for.
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';

/**
 * businessCustomer: the account belongs to a customer record, so pay on invoice opens once the order carries a VAT ID
 * (lib/shop/invoice-terms.ts). recordedVatId is that record's; the billing step fills it in only for its country.
 */
export type CheckoutProfile = { signedIn: boolean; businessCustomer: boolean; email: string; contactName: string; company: string; recordedVatId: string };

/** The business customer a user's account belongs to. */
export async function accountCustomer(userId: string) {
  const account = await db.user.findUnique({ where: { id: userId }, include: { customer: true } });
  return account?.customer ?? null;
}

export async function checkoutProfile(user: SessionUser | null): Promise<CheckoutProfile> {
  if (!user) return { signedIn: false, businessCustomer: false, email: '', contactName: '', company: '', recordedVatId: '' };
  const customer = await accountCustomer(user.id);
  return {
    signedIn: true,
    businessCustomer: !!customer,
    email: user.email,
    contactName: user.name,
    company: customer?.name ?? '',
    recordedVatId: customer?.vatId ?? '',
  };
}
