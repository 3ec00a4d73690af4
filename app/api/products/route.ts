import { route } from '@/lib/http/handler';
import { loadCatalog } from '@/lib/shop/catalog';

/** The public catalog: categories and every product for sale with its price (net, cents) and stock. */
export const GET = route({ access: { public: true, scope: 'products:read' } }, async () => {
  const { categories, products } = await loadCatalog();
  return {
    currency: 'EUR',
    categories: categories.map(({ slug, name, description, productCount }) => ({ slug, name, description, productCount })),
    products: products.map(({ id, sku, slug, name, description, priceCents, features, stock, image, featured, categorySlug }) => ({
      id, sku, slug, name, description, priceCents, features, stock, image, featured, category: categorySlug,
    })),
  };
});
