import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { SORTS, type CatalogCategory, type CatalogSort } from '@/lib/shop/catalog';
import { catalogHref } from '@/lib/shop/catalog-urls';

/** A plain GET form and links: filtering works without JavaScript and every state has a URL. */
export function CatalogFilters({ categories, category, q, sort }: { categories: CatalogCategory[]; category?: string; q: string; sort: CatalogSort }) {
  const href = (slug?: string) => catalogHref({ category: slug, q, sort });
  const pill = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? 'border-royal-800 bg-royal-800 text-white dark:border-gold-400 dark:bg-gold-400 dark:text-royal-950' : 'border-border hover:bg-subtle'}`;
  return (
    <div className="mb-6 space-y-4">
      <nav aria-label="Collections">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={href()} className={pill(!category)} aria-current={!category ? 'page' : undefined}>
              All
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={href(c.slug)} className={pill(category === c.slug)} aria-current={category === c.slug ? 'page' : undefined}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action="/shop" role="search" className="flex flex-wrap items-end gap-3">
        {category && <input type="hidden" name="category" value={category} />}
        <div className="min-w-56 flex-1">
          <label htmlFor="catalog-q" className="mb-1 block text-sm font-medium">
            Search
          </label>
          <input id="catalog-q" name="q" type="search" defaultValue={q} placeholder="e.g. pearl, 4 holes, HB-STD-001" className={inputClass} />
        </div>
        <div>
          <label htmlFor="catalog-sort" className="mb-1 block text-sm font-medium">
            Sort by
          </label>
          <select id="catalog-sort" name="sort" defaultValue={sort} className={inputClass}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Show</Button>
      </form>
    </div>
  );
}
