// The cart, priced and checked against the catalog as it is now: what /cart and the review step show.
import { db } from '@/lib/db';
import type { OrderItemInput, QuoteDestination } from './checkout-schema';
import { lineCents, orderTotals, type OrderTotals } from './pricing';
import { GERMAN_VAT, vatFor } from './vat';

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
/** `totals` is null while a line has a problem: a sum that leaves a line out would be the price of another cart. */
export type Quote = { lines: QuoteLine[]; totals: OrderTotals | null; orderable: boolean };

/**
 * Stock is checked per SKU over all its lines, as placing the order does. Without a destination the VAT is a German
 * delivery's; with one, the VAT that order would owe.
 */
export async function quoteItems(items: readonly OrderItemInput[], destination?: QuoteDestination): Promise<Quote> {
  const skus = items.map((i) => i.sku.toUpperCase());
  const products = await db.product.findMany({ where: { sku: { in: skus }, active: true } });
  const bySku = new Map(products.map((p) => [p.sku.toUpperCase(), p]));
  const requested = new Map<string, number>();
  items.forEach((item, i) => requested.set(skus[i], (requested.get(skus[i]) ?? 0) + item.quantity));
  const lines = items.map((item, i): QuoteLine => {
    const p = bySku.get(skus[i]);
    if (!p) return { sku: item.sku, slug: null, name: null, image: null, unitPriceCents: 0, quantity: item.quantity, lineCents: 0, stock: 0, problem: 'unknown' };
    const problem = p.stock <= 0 ? 'sold_out' : p.stock < requested.get(skus[i])! ? 'short' : null;
    const line = { unitPriceCents: p.priceCents, quantity: item.quantity };
    return { sku: p.sku, slug: p.slug, name: p.name, image: p.image, ...line, lineCents: lineCents(line), stock: p.stock, problem };
  });
  const orderable = lines.length > 0 && lines.every((l) => !l.problem);
  const vat = destination ? vatFor(destination) : GERMAN_VAT;
  return { lines, totals: orderable ? orderTotals(lines, vat) : null, orderable };
}
