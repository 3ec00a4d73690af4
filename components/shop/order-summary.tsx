import { Card, CardTitle } from '@/components/ui/card';
import { COUNTRIES, type CountryCode } from '@/lib/shop/checkout-schema';
import { formatEuro } from '@/lib/shop/money';
import type { AddressView, OrderView } from '@/lib/shop/order-queries';
import { BuyerName } from './buyer-name';
import { OrderTotals } from './order-totals';

export function AddressLines({ address }: { address: AddressView }) {
  return (
    <address className="not-italic">
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postalCode} {address.city}
      <br />
      {COUNTRIES[address.country as CountryCode] ?? address.country}
    </address>
  );
}

/** Items, totals and addresses of one order: the confirmation, the buyer's account and the staff view share it. */
export function OrderSummary({ order }: { order: OrderView }) {
  const buyer = <BuyerName contactName={order.contactName} company={order.company} />;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card>
        <CardTitle>Items</CardTitle>
        <table className="w-full text-sm">
          <caption className="sr-only">Items of order {order.number}</caption>
          <thead className="text-left text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2">Product</th>
              <th scope="col" className="py-2 text-right">Qty</th>
              <th scope="col" className="py-2 text-right">Unit (net)</th>
              <th scope="col" className="py-2 text-right">Line</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {order.items.map((i) => (
              <tr key={i.sku}>
                <td className="py-2">
                  {i.name}
                  <span className="block text-xs text-muted">{i.sku}</span>
                </td>
                <td className="py-2 text-right">{i.quantity}</td>
                <td className="py-2 text-right">{formatEuro(i.unitPriceCents)}</td>
                <td className="py-2 text-right">{formatEuro(i.lineCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <div className="space-y-6">
        <Card>
          <CardTitle>Totals</CardTitle>
          <OrderTotals totals={order} vatId={order.vatId} />
          <p className="mt-3 text-sm">{order.paymentMethod === 'INVOICE' ? 'Pay on invoice' : 'Bank transfer in advance'}</p>
        </Card>
        <Card className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <CardTitle>Ships to</CardTitle>
            <p className="font-medium">{buyer}</p>
            <AddressLines address={order.shippingAddress} />
          </div>
          <div>
            <CardTitle>Billed to</CardTitle>
            <p className="font-medium">{buyer}</p>
            <AddressLines address={order.billingAddress} />
            {order.vatId && <p className="mt-1 text-muted">VAT ID {order.vatId}</p>}
          </div>
        </Card>
      </div>
    </div>
  );
}
