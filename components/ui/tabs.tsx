import Link from 'next/link';

export type Tab = { href: string; label: string };

/** An area's own navigation: one link per page, the current one marked for eyes and screen readers. */
export function AreaTabs({ label, tabs, current }: { label: string; tabs: readonly Tab[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6 flex flex-wrap gap-1 border-b border-border">
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
