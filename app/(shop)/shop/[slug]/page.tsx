import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToCart } from '@/components/shop/add-to-cart';
import { JsonLd } from '@/components/shop/json-ld';
import { Price } from '@/components/shop/price';
import { ProductGrid } from '@/components/shop/product-card';
import { StockBadge } from '@/components/shop/stock-badge';
import { appUrl } from '@/lib/config/env';
import { relatedProducts, type CatalogProduct } from '@/lib/shop/catalog';
import { cachedCatalog } from '@/lib/shop/catalog-cache';
import { catalogHref } from '@/lib/shop/catalog-urls';
import { NET_PRICE_NOTE } from '@/lib/shop/vat';
import { stockLevel } from '@/lib/shop/stock';

// Prerendered for every product; regenerated when stock or prices change (the 'products' tag), at the latest after 5 minutes.
export const revalidate = 300;

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  const { products } = await cachedCatalog();
  return products.map((p) => ({ slug: p.slug }));
}

async function findProduct(slug: string) {
  const catalog = await cachedCatalog();
  const product = catalog.products.find((p) => p.slug === slug);
  return product ? { product, related: relatedProducts(catalog.products, product) } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await findProduct((await params).slug);
  if (!found) return { title: 'Product not found' };
  const { product } = found;
  return {
    title: product.name,
    description: product.description,
    alternates: { canonical: `/shop/${product.slug}` },
    openGraph: {
      type: 'website',
      siteName: 'Happy Buttons',
      title: product.name,
      description: product.description,
      url: `/shop/${product.slug}`,
      images: [{ url: product.image, width: 400, height: 400, alt: product.name }],
    },
    twitter: { card: 'summary', title: product.name, description: product.description },
  };
}

const AVAILABILITY = { in_stock: 'https://schema.org/InStock', low: 'https://schema.org/LimitedAvailability', sold_out: 'https://schema.org/OutOfStock' } as const;

function productLd(p: CatalogProduct) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    sku: p.sku,
    description: p.description,
    image: appUrl(p.image),
    category: p.categoryName,
    brand: { '@type': 'Brand', name: 'Happy Buttons' },
    offers: {
      '@type': 'Offer',
      url: appUrl(`/shop/${p.slug}`),
      priceCurrency: 'EUR',
      price: (p.priceCents / 100).toFixed(2),
      priceSpecification: { '@type': 'UnitPriceSpecification', price: (p.priceCents / 100).toFixed(2), priceCurrency: 'EUR', valueAddedTaxIncluded: false },
      availability: AVAILABILITY[stockLevel(p.stock)],
      seller: { '@type': 'Organization', name: 'Happy Buttons GmbH' },
    },
  };
}

export default async function ProductPage({ params }: { params: Params }) {
  const found = await findProduct((await params).slug);
  if (!found) notFound();
  const { product, related } = found;
  return (
    <div className="mx-auto max-w-6xl px-6 py-10">
      <JsonLd data={productLd(product)} />
      <nav aria-label="Breadcrumb" className="mb-6 text-sm text-muted">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/shop" className="hover:underline">Shop</Link> /
          </li>
          <li>
            <Link href={catalogHref({ category: product.categorySlug })} className="hover:underline">{product.categoryName}</Link> /
          </li>
          <li aria-current="page" className="text-fg">{product.name}</li>
        </ol>
      </nav>
      <div className="grid gap-10 md:grid-cols-2">
        <div className="flex aspect-square items-center justify-center rounded-2xl bg-gradient-to-br from-royal-50 via-card to-gold-300/30 p-10 dark:from-royal-900 dark:via-royal-950 dark:to-purple-royal/30">
          <img src={product.image} alt={product.name} width={400} height={400} fetchPriority="high" className="w-full max-w-sm drop-shadow-xl" />
        </div>
        <div className="space-y-6">
          <div>
            <p className="text-sm uppercase tracking-wide text-muted">{product.categoryName} · {product.sku}</p>
            <h1 className="mt-1 font-serif text-4xl text-royal-900 dark:text-gold-300">{product.name}</h1>
          </div>
          <div className="flex items-center gap-4">
            <Price cents={product.priceCents} className="text-3xl font-semibold" />
            <StockBadge stock={product.stock} />
          </div>
          <p className="text-sm text-muted">
            {NET_PRICE_NOTE} {product.stock > 0 && `${product.stock} in stock.`}
          </p>
          <AddToCart
            product={{ sku: product.sku, slug: product.slug, name: product.name, image: product.image, priceCents: product.priceCents, stock: product.stock }}
          />
          <p className="leading-relaxed">{product.description}</p>
          {product.features.length > 0 && (
            <section aria-labelledby="features">
              <h2 id="features" className="mb-2 font-serif text-xl">Features</h2>
              <ul className="space-y-1">
                {product.features.map((f) => (
                  <li key={f} className="flex gap-2">
                    <span aria-hidden="true" className="text-gold-500">◆</span>
                    {f}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-16">
          <h2 id="related" className="mb-6 font-serif text-2xl">You may also like</h2>
          <ProductGrid products={related} />
        </section>
      )}
    </div>
  );
}
