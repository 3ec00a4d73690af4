import path from 'node:path';
import type { NextConfig } from 'next';
import { getRewrittenUrl, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { catalogHref } from './catalog-urls';

// The config file is plain JavaScript without types; imported by path, it is typed here.
const configFile = path.resolve(import.meta.dirname, '../../next.config.mjs');
const { default: nextConfig } = (await import(configFile)) as { default: NextConfig };

/** The page that answers a URL after next.config.mjs's rewrites (the URL itself when none applies). */
async function pageFor(url: string) {
  const response = await unstable_getResponseFromNextConfig({ url: `http://localhost${url}`, nextConfig });
  const target = new URL(getRewrittenUrl(response) ?? `http://localhost${url}`);
  return { path: target.pathname, query: Object.fromEntries(target.searchParams) };
}

describe('catalog URLs', () => {
  it('sends a collection with a search or a sort to the per-request catalog page, the collection kept', async () => {
    expect(await pageFor('/catalog/premium?q=button')).toEqual({ path: '/catalog', query: { category: 'premium', q: 'button' } });
    expect(await pageFor('/catalog/premium?sort=price-asc')).toEqual({ path: '/catalog', query: { category: 'premium', sort: 'price-asc' } });
    expect(await pageFor('/shop?category=premium&q=button')).toEqual({ path: '/catalog', query: { category: 'premium', q: 'button' } });
  });

  it('leaves the prerendered pages to plain collection and catalog URLs', async () => {
    expect(await pageFor('/catalog/premium')).toEqual({ path: '/catalog/premium', query: {} });
    expect(await pageFor(catalogHref({ category: 'premium', q: 'gold' }))).toEqual({ path: '/catalog', query: { category: 'premium', q: 'gold' } });
  });
});
