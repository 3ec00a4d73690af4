// Which VAT ID an order carries and whether it may be paid on invoice: one rule for placeOrder and the checkout form.
// Client-safe: no server imports here.
import { vatIdCountry } from './vat';

/**
 * The VAT ID the order carries and its VAT is decided by: the one the buyer typed, else the customer record's when it
 * belongs to the billing country. One from another country decides no VAT here, so the order does not show it either.
 */
export function orderVatId(typed: string | null | undefined, recorded: string | null | undefined, billingCountry: string): string | null {
  if (typed) return typed;
  return recorded && vatIdCountry(recorded) === billingCountry ? recorded : null;
}

/** Pay on invoice is for known business customers whose order carries a VAT ID; guests never (checkout-profile.ts). */
export function mayPayOnInvoice(businessCustomer: boolean, orderVatId: string | null): boolean {
  return businessCustomer && !!orderVatId;
}
