import { companyConfig } from '@/lib/config/company';
import { formatEuro } from '@/lib/shop/money';

/** What a prepaying buyer needs to transfer the money. */
export function BankTransfer({ number, totalCents }: { number: string; totalCents: number }) {
  const bank = companyConfig().company.bank;
  return (
    <div className="rounded-xl border border-gold-500 bg-gold-300/20 p-5 text-sm">
      <h2 className="mb-2 font-serif text-lg">Please transfer {formatEuro(totalCents)}</h2>
      {bank ? (
        <dl className="grid grid-cols-[8rem_1fr] gap-1">
          <dt className="text-muted">Account holder</dt>
          <dd>{bank.holder}</dd>
          <dt className="text-muted">Bank</dt>
          <dd>{bank.name}</dd>
          <dt className="text-muted">IBAN</dt>
          <dd className="font-mono">{bank.iban}</dd>
          <dt className="text-muted">BIC</dt>
          <dd className="font-mono">{bank.bic}</dd>
          <dt className="text-muted">Reference</dt>
          <dd className="font-mono">{number}</dd>
        </dl>
      ) : (
        <p>Please quote {number} as the payment reference.</p>
      )}
      <p className="mt-3 text-muted">We ship as soon as your payment arrives.</p>
    </div>
  );
}
