// The storefront's cached view of the catalog. Tag 'products' is revalidated whenever stock or prices change; the
// prerendered pages that read it (/, /shop, collections, products) carry the tag and are regenerated with it.
import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { loadCatalog } from './catalog';

export const CATALOG_TAG = 'products';

/** For server components; route handlers and scripts read `loadCatalog()` directly. */
export const cachedCatalog = unstable_cache(loadCatalog, ['catalog'], { tags: [CATALOG_TAG], revalidate: 300 });

/** After a stock or price change: the next render reads fresh figures instead of serving stale ones. */
export function revalidateCatalog(): void {
  try {
    revalidateTag(CATALOG_TAG, { expire: 0 });
  } catch {
    // Outside a Next request (tests, benchmarks, scripts) there is no Next cache to revalidate.
  }
}
