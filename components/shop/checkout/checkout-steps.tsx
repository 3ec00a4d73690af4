'use client';

export type CheckoutStep = 'contact' | 'billing' | 'review';

const STEPS: { key: CheckoutStep | 'confirm'; label: string }[] = [
  { key: 'contact', label: 'Contact & shipping' },
  { key: 'billing', label: 'Billing' },
  { key: 'review', label: 'Review' },
  { key: 'confirm', label: 'Confirmation' },
];

/** Where the buyer is; finished steps can be revisited. */
export function CheckoutSteps({ current, reachable, onGo }: { current: CheckoutStep; reachable: Record<CheckoutStep, boolean>; onGo: (s: CheckoutStep) => void }) {
  const at = STEPS.findIndex((s) => s.key === current);
  return (
    <nav aria-label="Checkout steps">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((s, i) => {
          const here = s.key === current;
          const canGo = s.key !== 'confirm' && !here && reachable[s.key];
          const dot = `flex h-6 w-6 items-center justify-center rounded-full text-xs font-semibold ${i <= at ? 'bg-royal-800 text-white dark:bg-gold-400 dark:text-royal-950' : 'bg-subtle text-muted'}`;
          const body = (
            <>
              <span className={dot}>{i + 1}</span>
              <span className={here ? 'font-semibold' : ''}>{s.label}</span>
            </>
          );
          return (
            <li key={s.key} aria-current={here ? 'step' : undefined} className="flex items-center gap-2">
              {canGo ? (
                <button type="button" onClick={() => onGo(s.key as CheckoutStep)} className="flex items-center gap-2 rounded-md px-1 hover:underline">
                  {body}
                </button>
              ) : (
                <span className="flex items-center gap-2 px-1">{body}</span>
              )}
              {i < STEPS.length - 1 && <span aria-hidden="true" className="text-muted">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
