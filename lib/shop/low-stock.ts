// Low-stock alerts for admins and managers, created in the transaction that took the stock below the threshold.
import type { Db } from '@/lib/db/client';
import { createNotification } from '@/lib/notifications';
import { fellBelowThreshold, LOW_STOCK_THRESHOLD } from './stock';

type Tx = Pick<Db, 'user' | 'notification'>;
export type StockMove = { sku: string; name: string; before: number; after: number };

export async function notifyLowStock(tx: Tx, moves: readonly StockMove[], reference: string) {
  const dipped = moves.filter((m) => fellBelowThreshold(m.before, m.after));
  if (!dipped.length) return [];
  const staff = await tx.user.findMany({ where: { role: { in: ['ADMIN', 'MANAGER'] }, active: true }, select: { id: true } });
  const created = [];
  for (const m of dipped) {
    for (const u of staff) {
      created.push(
        await createNotification(tx, {
          userId: u.id,
          kind: 'low_stock',
          title: `Low stock: ${m.name}`,
          body: `${m.after} left of ${m.sku} after ${reference} (alert below ${LOW_STOCK_THRESHOLD}).`,
          link: `/products?q=${encodeURIComponent(m.sku)}`,
          dedupeKey: `low_stock:${m.sku}:${reference}`,
        }),
      );
    }
  }
  return created;
}
