'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/states';
import { COUNTRIES, destinationOf, type Address, type BillingStep, type ContactStep } from '@/lib/shop/checkout-schema';
import { formatEuro } from '@/lib/shop/money';
import { BuyerName } from '../buyer-name';
import { OrderTotals } from '../order-totals';
import { useQuote } from '../use-quote';

function AddressBlock({ a }: { a: Partial<Address> }) {
  return (
    <address className="not-italic">
      {a.line1}
      {a.line2 && <>, {a.line2}</>}
      <br />
      {a.postalCode} {a.city}, {a.country ? COUNTRIES[a.country] : ''}
    </address>
  );
}

type Props = { contact: ContactStep; billing: BillingStep; placing: boolean; problem: string | null; onEdit: (step: 'contact' | 'billing') => void; onPlace: () => void };

export function ReviewStep({ contact, billing, placing, problem, onEdit, onPlace }: Props) {
  const { quote, error, loading } = useQuote(destinationOf(contact, billing));
  const buyer = <BuyerName contactName={contact.contactName} company={contact.company} />;
  const editButton = (step: 'contact' | 'billing', what: string) => (
    <button type="button" onClick={() => onEdit(step)} className="text-sm underline">
      Change<span className="sr-only"> {what}</span>
    </button>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <Card>
          <div className="flex justify-between">
            <CardTitle>Contact & shipping</CardTitle>
            {editButton('contact', 'contact and shipping')}
          </div>
          <p>
            {buyer}
            <br />
            {contact.email}
          </p>
          <div className="mt-3 text-sm">
            <AddressBlock a={contact.shippingAddress} />
          </div>
        </Card>
        <Card>
          <div className="flex justify-between">
            <CardTitle>Billing & payment</CardTitle>
            {editButton('billing', 'billing and payment')}
          </div>
          <p>{buyer}</p>
          <div className="mt-3 text-sm">{billing.billingTo === 'other' ? <AddressBlock a={billing.billingAddress as Partial<Address>} /> : 'Same as the shipping address'}</div>
          <p className="mt-3">{billing.paymentMethod === 'INVOICE' ? 'Pay on invoice' : 'Bank transfer in advance'}</p>
          {billing.vatId && <p className="text-sm text-muted">VAT ID {billing.vatId}</p>}
        </Card>
        <Card>
          <CardTitle>Items</CardTitle>
          {quote ? (
            <ul className="divide-y divide-border">
              {quote.lines.map((l) => (
                <li key={l.sku} className="flex justify-between gap-4 py-2 text-sm">
                  <span>
                    {l.quantity} × {l.name ?? l.sku}
                    {l.problem && <span className="ml-2 text-red-700 dark:text-red-400">{l.problem === 'short' ? `only ${l.stock} in stock` : 'not available'}</span>}
                  </span>
                  <span>{formatEuro(l.lineCents)}</span>
                </li>
              ))}
            </ul>
          ) : (
            loading && <Skeleton className="h-24" />
          )}
        </Card>
      </div>
      <Card className="h-fit space-y-4" aria-live="polite">
        <CardTitle>Total</CardTitle>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        {quote?.totals ? (
          <OrderTotals totals={quote.totals} vatId={billing.vatId} />
        ) : quote ? (
          <p className="text-sm text-muted">The total follows once every line can be ordered.</p>
        ) : (
          <Skeleton className="h-28" />
        )}
        {problem && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {problem}
          </p>
        )}
        <Button variant="gold" className="w-full" disabled={!quote?.orderable || loading || placing} onClick={onPlace}>
          {placing ? 'Placing your order…' : 'Place order'}
        </Button>
        <p className="text-xs text-muted">
          By placing the order you agree to pay the total shown.{' '}
          {quote && !quote.orderable && (
            <Link href="/cart" className="underline">
              Please adjust your cart first.
            </Link>
          )}
        </p>
      </Card>
    </div>
  );
}
