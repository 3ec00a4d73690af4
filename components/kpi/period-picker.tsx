import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { KpiReport } from '@/lib/kpi/data';

const PRESETS = [
  ['24h', 'Last 24 hours'],
  ['7d', '7 days'],
  ['30d', '30 days'],
] as const;

/** `from`/`to` are the custom days as the user typed them, kept when they could not be used (the period's own `to` is capped at now). */
export function PeriodPicker({ period, from, to }: { period: KpiReport['period']; from?: string; to?: string }) {
  const custom = period.key === 'custom';
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4">
      <nav aria-label="Period" className="flex gap-1 rounded-lg border border-border bg-card p-1">
        {PRESETS.map(([key, label]) => (
          <Link
            key={key}
            href={`/kpi?period=${key}`}
            aria-current={period.key === key ? 'page' : undefined}
            className={`rounded-md px-3 py-1.5 text-sm ${period.key === key ? 'bg-royal-800 text-white dark:bg-gold-400 dark:text-royal-900' : 'hover:bg-subtle'}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <form action="/kpi" className="flex flex-wrap items-end gap-2" aria-label="Custom period">
        <input type="hidden" name="period" value="custom" />
        <div>
          <label htmlFor="kpi-from" className="mb-1 block text-xs font-medium">From</label>
          <input id="kpi-from" name="from" type="date" required defaultValue={from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="kpi-to" className="mb-1 block text-xs font-medium">To</label>
          <input id="kpi-to" name="to" type="date" required defaultValue={to ?? ''} className={inputClass} />
        </div>
        <Button type="submit" variant={custom ? 'primary' : 'secondary'}>Show</Button>
      </form>
    </div>
  );
}
