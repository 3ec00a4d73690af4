import Link from 'next/link';

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="underline">← Newer</Link> : <span className="text-muted">← Newer</span>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)} className="underline">Older →</Link> : <span className="text-muted">Older →</span>}
    </nav>
  );
}
