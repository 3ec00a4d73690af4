import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogView } from '@/components/shop/catalog-view';
import { cachedCatalog } from '@/lib/shop/catalog-cache';
import { catalogHref } from '@/lib/shop/catalog-urls';

// One collection, prerendered like /shop. /shop?category=<slug> shows it too (rewritten in next.config.mjs).
export const revalidate = 300;

type Params = Promise<{ category: string }>;

export async function generateStaticParams() {
  const { categories } = await cachedCatalog();
  return categories.map((c) => ({ category: c.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { category } = await params;
  const collection = (await cachedCatalog()).categories.find((c) => c.slug === category);
  if (!collection) return { title: 'Collection not found' };
  return { title: collection.name, description: collection.description, alternates: { canonical: catalogHref({ category: collection.slug }) } };
}

export default async function CollectionPage({ params }: { params: Params }) {
  const { category } = await params;
  const catalog = await cachedCatalog();
  if (!catalog.categories.some((c) => c.slug === category)) notFound();
  return <CatalogView catalog={catalog} category={category} />;
}
