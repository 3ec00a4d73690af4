import { formatEuro } from '@/lib/shop/money';

/** Catalog prices are net; B2B buyers expect VAT to be named. */
export function Price({ cents, net = false, className = '' }: { cents: number; net?: boolean; className?: string }) {
  return (
    <span className={className}>
      {formatEuro(cents)}
      {net && <span className="ml-1 text-xs font-normal text-muted">net</span>}
    </span>
  );
}
