// Stock moves inside an order's transaction. The decrement is one conditional UPDATE
// (`stock = stock - q WHERE id = ? AND stock >= q`), so stock never goes below zero, however many orders race:
// SQLite runs write transactions one at a time, and Postgres re-checks the condition on the locked row.
import type { Db } from '@/lib/db/client';
import { conflict } from '@/lib/http/problem';
import type { StockMove } from './low-stock';

type Tx = Pick<Db, 'product'>;
export type StockLine = { productId: string; sku: string; name: string; quantity: number; field?: string };

/** Rows are locked in id order, so two orders for the same products cannot deadlock on Postgres. */
const byProduct = (lines: readonly StockLine[]) => [...lines].sort((a, b) => a.productId.localeCompare(b.productId));

type Shortage = { line: StockLine; stock: number };

const shortText = ({ line, stock }: Shortage) =>
  stock > 0 ? `Only ${stock} of “${line.name}” (${line.sku}) left in stock; ${line.quantity} requested.` : `“${line.name}” (${line.sku}) is sold out.`;

/** One refusal naming every short line; the first line's figures stay top-level for clients that read one. */
function outOfStock(shortages: Shortage[]) {
  const [{ line, stock }] = shortages;
  const detail = shortages.length === 1 ? shortText(shortages[0]) : `${shortages.length} lines are short of stock: ${shortages.map(shortText).join(' ')}`;
  return conflict(detail, {
    sku: line.sku,
    product: line.name,
    available: stock,
    requested: line.quantity,
    errors: shortages.map((s) => ({ field: s.line.field ?? `items.${s.line.sku}`, message: s.stock > 0 ? `Only ${s.stock} left in stock` : 'Sold out' })),
  });
}

/** Takes every line or none: a short line does not stop the check, so the refusal names all of them. */
export async function takeStock(tx: Tx, lines: readonly StockLine[]): Promise<StockMove[]> {
  const moves: StockMove[] = [];
  const shortages: Shortage[] = [];
  for (const line of byProduct(lines)) {
    const taken = await tx.product
      .update({ where: { id: line.productId, stock: { gte: line.quantity } }, data: { stock: { decrement: line.quantity } }, select: { stock: true } })
      .catch((error: { code?: string }) => {
        if (error.code === 'P2025') return null; // no row matched: not enough stock
        throw error;
      });
    if (taken) moves.push({ sku: line.sku, name: line.name, before: taken.stock + line.quantity, after: taken.stock });
    else shortages.push({ line, stock: (await tx.product.findUniqueOrThrow({ where: { id: line.productId }, select: { stock: true } })).stock });
  }
  // The caller's transaction rolls back what was taken.
  if (shortages.length) throw outOfStock(shortages.sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line)));
  return moves;
}

export async function returnStock(tx: Tx, lines: readonly StockLine[]): Promise<void> {
  for (const line of byProduct(lines)) {
    await tx.product.update({ where: { id: line.productId }, data: { stock: { increment: line.quantity } } });
  }
}
