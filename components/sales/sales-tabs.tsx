import Link from 'next/link';

const TABS = [
  { href: '/sales', label: 'Board' },
  { href: '/sales/prospects', label: 'Prospects' },
  { href: '/sales/metrics', label: 'Metrics' },
  { href: '/sales/import', label: 'Import' },
];

/** The sales area's own navigation; stage editing only for managers. */
export function SalesTabs({ current, canManage }: { current: string; canManage: boolean }) {
  const tabs = canManage ? [...TABS, { href: '/sales/stages', label: 'Stages' }] : TABS;
  return (
    <nav aria-label="Sales" className="mb-6 flex flex-wrap gap-1 border-b border-border">
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? 'page' : undefined}
          className="rounded-t-md px-4 py-2 text-sm font-medium text-muted hover:bg-subtle aria-[current=page]:border-b-2 aria-[current=page]:border-gold-500 aria-[current=page]:text-fg"
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
