// Low-stock alerts for admins and managers, created in the transaction that took the stock below the threshold.
import type { Db } from '@/lib/db/client';
import { createNotification } from '@/lib/notifications';
import { fellBelowThreshold, LOW_STOCK_THRESHOLD } from './stock';

type Tx = Pick<Db, 'user' | 'notification'>;
export type StockMove = { sku: string; name: string; before: number; after: number };

/**
 * `reference` is what took the stock ("HB-2026-000042"); `eventId` tells one dip from the next when the reference
 * repeats (a manual edit); the staff member who made the change (`except`) is not told of it.
 */
export async function notifyLowStock(tx: Tx, moves: readonly StockMove[], reference: string, opts: { eventId?: string; except?: string } = {}) {
  const dipped = moves.filter((m) => fellBelowThreshold(m.before, m.after));
  if (!dipped.length) return [];
  const staff = await tx.user.findMany({ where: { role: { in: ['ADMIN', 'MANAGER'] }, active: true, ...(opts.except ? { id: { not: opts.except } } : {}) }, select: { id: true } });
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
          dedupeKey: `low_stock:${m.sku}:${opts.eventId ?? reference}`,
        }),
      );
    }
  }
  return created;
}
