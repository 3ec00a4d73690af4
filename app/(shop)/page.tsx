import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { ProductGrid } from '@/components/shop/product-card';
import { StaffEntry } from '@/components/shop/shop-session';
import { cachedCatalog } from '@/lib/shop/catalog-cache';
import { catalogHref } from '@/lib/shop/catalog-urls';
import { formatEuro } from '@/lib/shop/money';
import { FREE_SHIPPING_FROM_NET_CENTS } from '@/lib/shop/pricing';

// Prerendered like the catalog; the staff entry asks for the session in the browser.
export const revalidate = 300;

export default async function Home() {
  const { categories, products } = await cachedCatalog();
  const featured = products.filter((p) => p.featured).slice(0, 8);
  const cover = (slug: string) => products.find((p) => p.categorySlug === slug && p.featured) ?? products.find((p) => p.categorySlug === slug);
  return (
    <>
      <section className="bg-gradient-to-br from-royal-900 via-royal-800 to-purple-royal text-white">
        <div className="mx-auto grid max-w-6xl items-center gap-10 px-6 py-20 md:grid-cols-[3fr_2fr]">
          <div>
            <p className="text-sm font-semibold uppercase tracking-[0.2em] text-gold-400">Happy Buttons GmbH · München</p>
            <h1 className="mt-4 font-serif text-4xl leading-tight md:text-6xl">Buttons fit for royalty, made for every seam.</h1>
            <p className="mt-5 max-w-xl text-lg text-royal-100">
              From gilded shank buttons to production packs for shirt factories and automotive seats: order from our collections,
              with business terms for our trade customers.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/shop" variant="gold" className="px-6 py-3 text-base">
                Browse the collections
              </ButtonLink>
              <ButtonLink href="/register" variant="secondary" className="border-white/30 bg-white/10 px-6 py-3 text-base text-white hover:bg-white/20">
                Open a business account
              </ButtonLink>
            </div>
            <p className="mt-6 text-sm text-royal-200">Free shipping from {formatEuro(FREE_SHIPPING_FROM_NET_CENTS)} net · pay on invoice for business customers with a VAT ID</p>
          </div>
          <img src="/products/royal-sapphire-button.svg" alt="The Royal Sapphire Button" width={400} height={400} fetchPriority="high" className="mx-auto w-64 drop-shadow-2xl md:w-full" />
        </div>
      </section>

      <section aria-labelledby="collections" className="mx-auto max-w-6xl px-6 py-16">
        <h2 id="collections" className="font-serif text-3xl text-royal-900 dark:text-gold-300">Our collections</h2>
        <ul className="mt-8 grid gap-6 md:grid-cols-3">
          {categories.map((c) => {
            const p = cover(c.slug);
            return (
              <li key={c.id}>
                <Link href={catalogHref({ category: c.slug })} className="group flex h-full flex-col rounded-2xl border border-border bg-card p-6 shadow-sm hover:border-gold-500 hover:shadow-md">
                  {p && <img src={p.image} alt="" width={96} height={96} className="mb-4 transition group-hover:rotate-12" />}
                  <h3 className="font-serif text-2xl">{c.name}</h3>
                  <p className="mt-2 flex-1 text-sm text-muted">{c.description}</p>
                  <p className="mt-4 text-sm font-medium text-royal-700 dark:text-gold-300">
                    {c.productCount} {c.productCount === 1 ? 'piece' : 'pieces'} →
                  </p>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="featured" className="mx-auto max-w-6xl px-6 pb-16">
        <div className="flex items-end justify-between gap-4">
          <h2 id="featured" className="font-serif text-3xl text-royal-900 dark:text-gold-300">Featured pieces</h2>
          <Link href="/shop" className="text-sm font-medium underline">
            See the whole catalog
          </Link>
        </div>
        <div className="mt-8">{featured.length ? <ProductGrid products={featured} /> : <p className="text-muted">Our featured pieces return shortly.</p>}</div>
      </section>

      <section aria-labelledby="staff" className="border-t border-border bg-subtle">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-10">
          <div>
            <h2 id="staff" className="font-serif text-xl">Happy Buttons staff</h2>
            <p className="text-sm text-muted">Inbox, orders, KPIs and the sales pipeline live in the staff area.</p>
          </div>
          <StaffEntry />
        </div>
      </section>
    </>
  );
}
