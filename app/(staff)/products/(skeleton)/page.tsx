import type { Metadata } from 'next';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { TableScroll } from '@/components/ui/table-scroll';
import { ProductEditorRow } from '@/components/shop/product-editor';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { requireArea } from '@/lib/auth/session';
import { matchesSearch } from '@/lib/shop/catalog';
import { adminProducts, productView } from '@/lib/shop/products-admin';
import { LOW_STOCK_THRESHOLD } from '@/lib/shop/stock';

export const metadata: Metadata = { title: 'Products' };

export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireArea('products', '/products');
  const q = ((await searchParams).q ?? '').slice(0, 100);
  const all = (await adminProducts()).map(productView);
  const shown = all.filter((p) => matchesSearch([p.name, p.sku, p.category.name], q));
  const low = all.filter((p) => p.active && p.stock < LOW_STOCK_THRESHOLD).length;
  return (
    <>
      <PageHeader title="Products" description={`Prices are net, in euros. ${low} active ${low === 1 ? 'product is' : 'products are'} below ${LOW_STOCK_THRESHOLD} in stock.`} />
      <form action="/products" role="search" className="mb-6 flex max-w-lg items-end gap-3">
        <div className="flex-1">
          <label htmlFor="products-q" className="mb-1 block text-sm font-medium">Search</label>
          <input id="products-q" name="q" type="search" defaultValue={q} placeholder="Name or SKU" className={inputClass} />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {shown.length === 0 ? (
        <EmptyState title="No products match">Try a SKU such as HB-PRM-001.</EmptyState>
      ) : (
        <TableScroll framed>
          <table className="w-full text-sm">
            <caption className="sr-only">Products with price, stock and visibility</caption>
            <thead className="bg-subtle text-left text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">Product</th>
                <th scope="col" className="px-4 py-3">Price €</th>
                <th scope="col" className="px-4 py-3">Stock</th>
                <th scope="col" className="px-4 py-3 text-center">Featured</th>
                <th scope="col" className="px-4 py-3 text-center">For sale</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">Save</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {shown.map((p) => (
                <ProductEditorRow
                  key={`${p.id}:${p.updatedAt}`}
                  product={{ id: p.id, sku: p.sku, name: p.name, image: p.image, category: p.category.name, priceCents: p.priceCents, stock: p.stock, featured: p.featured, active: p.active }}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
