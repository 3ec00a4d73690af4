// The cart, priced and checked against the catalog as it is now: what /cart and the review step show.
import { db } from '@/lib/db';
import type { OrderItemInput } from './checkout-schema';
import { lineCents, orderTotals, type OrderTotals } from './pricing';

export type QuoteProblem = 'unknown' | 'sold_out' | 'short';
export type QuoteLine = {
  sku: string;
  slug: string | null;
  name: string | null;
  image: string | null;
  unitPriceCents: number;
  quantity: number;
  lineCents: number;
  stock: number;
  problem: QuoteProblem | null;
};
export type Quote = { lines: QuoteLine[]; totals: OrderTotals; orderable: boolean };

/** Totals cover the lines that can be ordered as they stand; `orderable` says whether all of them can. */
export async function quoteItems(items: readonly OrderItemInput[]): Promise<Quote> {
  const skus = items.map((i) => i.sku.toUpperCase());
  const products = await db.product.findMany({ where: { sku: { in: skus }, active: true } });
  const bySku = new Map(products.map((p) => [p.sku.toUpperCase(), p]));
  const lines = items.map((item, i): QuoteLine => {
    const p = bySku.get(skus[i]);
    if (!p) return { sku: item.sku, slug: null, name: null, image: null, unitPriceCents: 0, quantity: item.quantity, lineCents: 0, stock: 0, problem: 'unknown' };
    const problem = p.stock <= 0 ? 'sold_out' : p.stock < item.quantity ? 'short' : null;
    const line = { unitPriceCents: p.priceCents, quantity: item.quantity };
    return { sku: p.sku, slug: p.slug, name: p.name, image: p.image, ...line, lineCents: lineCents(line), stock: p.stock, problem };
  });
  const fine = lines.filter((l) => !l.problem);
  return { lines, totals: orderTotals(fine), orderable: fine.length === lines.length && lines.length > 0 };
}
