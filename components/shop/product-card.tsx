import Link from 'next/link';
import type { CatalogProduct } from '@/lib/shop/catalog';
import { Price } from './price';
import { StockBadge } from './stock-badge';

export function ProductCard({ product, priority = false }: { product: CatalogProduct; priority?: boolean }) {
  return (
    <Link
      href={`/shop/${product.slug}`}
      className="group flex w-full flex-col rounded-xl border border-border bg-card p-4 shadow-sm transition hover:-translate-y-0.5 hover:border-royal-500 hover:shadow-md"
    >
      <div className="mb-3 flex aspect-square items-center justify-center rounded-lg bg-gradient-to-br from-royal-50 to-subtle dark:from-royal-900 dark:to-royal-950">
        <img src={product.image} alt="" width={160} height={160} loading={priority ? 'eager' : 'lazy'} fetchPriority={priority ? 'high' : undefined} className="h-3/4 w-3/4 transition group-hover:scale-105" />
      </div>
      <p className="text-xs uppercase tracking-wide text-muted">{product.categoryName}</p>
      <h3 className="mt-1 font-serif text-lg leading-snug group-hover:underline">{product.name}</h3>
      <div className="mt-auto flex items-center justify-between gap-2 pt-3">
        <Price cents={product.priceCents} net className="font-semibold" />
        <StockBadge stock={product.stock} />
      </div>
    </Link>
  );
}

export function ProductGrid({ products, priorityCount = 0 }: { products: CatalogProduct[]; priorityCount?: number }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id} className="flex">
          <ProductCard product={p} priority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
