// Product, price and stock editing for admins. Every change is audited and revalidates the storefront's catalog; a
// stock edit that falls below the alert threshold tells the other admins and managers, as an order would.
import { db } from '@/lib/db';
import { actorOf, type Caller } from '@/lib/http/handler';
import { conflict, notFound } from '@/lib/http/problem';
import { recordActivity } from '@/lib/audit';
import { announceNotifications } from '@/lib/notifications';
import { notifyLowStock } from './low-stock';
import { productFields } from './catalog';
import { revalidateCatalog } from './catalog-cache';
import { afterResponse } from './after-response';
import type { ProductPatch } from './product-schema';

export const adminProducts = () =>
  db.product.findMany({ include: { category: true }, orderBy: [{ category: { position: 'asc' } }, { name: 'asc' }] });

export function productView(p: Awaited<ReturnType<typeof adminProducts>>[number]) {
  return {
    ...productFields(p),
    currency: 'EUR',
    active: p.active,
    category: { slug: p.category.slug, name: p.category.name },
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** `id` may be the product's id or its SKU. */
export const productByIdOrSku = (id: string, opts: { includeInactive: boolean }) =>
  db.product.findFirst({ where: { OR: [{ id }, { sku: id.toUpperCase() }], ...(opts.includeInactive ? {} : { active: true }) }, include: { category: true } });

export async function updateProduct(id: string, patch: ProductPatch, caller: Caller) {
  const { expectedStock, ...changes } = patch;
  const { updated, notifications } = await db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({ where: { OR: [{ id }, { sku: id.toUpperCase() }] } });
    if (!before) throw notFound(`Product ${id}`);
    const { count } = await tx.product.updateMany({
      where: { id: before.id, ...(expectedStock !== undefined ? { stock: expectedStock } : {}) },
      data: changes,
    });
    if (count !== 1) {
      const now = await tx.product.findUniqueOrThrow({ where: { id: before.id }, select: { stock: true } });
      throw conflict(`Orders changed the stock of ${before.sku} to ${now.stock} meanwhile; check the figure and save again.`, {
        stock: now.stock,
        errors: [{ field: 'body.stock', message: `is now ${now.stock}` }],
      });
    }
    const after = await tx.product.findUniqueOrThrow({ where: { id: before.id }, include: { category: true } });
    const changed = Object.keys(changes) as (keyof typeof changes)[];
    const actor = actorOf(caller);
    const entry = await recordActivity(tx, actor, {
      action: 'product.updated',
      entityType: 'Product',
      entityId: before.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    const move = { sku: after.sku, name: after.name, before: before.stock, after: after.stock };
    const notifications = await notifyLowStock(tx, [move], `a stock edit by ${actor.actorName}`, { eventId: entry.id, except: caller.kind === 'user' ? caller.id : undefined });
    return { updated: after, notifications };
  });
  revalidateCatalog();
  await afterResponse(() => announceNotifications(notifications));
  return updated;
}
