import { STATUS_LABEL, type OrderStatus } from '@/lib/shop/order-status';

const PATH: OrderStatus[] = ['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED'];

/** The buyer's view of where the order is on its way. */
export function OrderProgress({ status }: { status: OrderStatus }) {
  if (status === 'CANCELLED') return <p className="font-medium text-red-700 dark:text-red-400">This order has been cancelled.</p>;
  const at = PATH.indexOf(status === 'DRAFT' ? 'PLACED' : status);
  return (
    <ol className="grid grid-cols-4 gap-2" aria-label="Order progress">
      {PATH.map((s, i) => (
        <li key={s} aria-current={i === at ? 'step' : undefined} className="space-y-2 text-center text-xs sm:text-sm">
          <div className={`h-2 rounded-full ${i <= at ? 'bg-gold-500' : 'bg-subtle'}`} />
          <span className={i === at ? 'font-semibold' : 'text-muted'}>{STATUS_LABEL[s]}</span>
        </li>
      ))}
    </ol>
  );
}
