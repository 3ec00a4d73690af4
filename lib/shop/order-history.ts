// An order's audit trail as staff read it: who did what, in words rather than action codes.
import { actorLabel, agentNames, entryField as field } from '@/lib/audit';
import { db } from '@/lib/db';
import { STATUS_LABEL, type OrderStatus } from './order-status';

type Entry = { action: string; before: unknown; after: unknown };

const statusOf = (json: unknown) => (field(json, 'status') as OrderStatus | undefined) ?? null;

const FIXED: Record<string, string> = {
  'order.placed': 'placed the order',
  'order.drafted': 'drafted the order from an email',
};

export function describeOrderEntry(a: Entry): string {
  const from = statusOf(a.before);
  const to = statusOf(a.after);
  if (a.action === 'order.status_changed' && from && to) return `${STATUS_LABEL[from]} → ${STATUS_LABEL[to]}`;
  if (a.action === 'order.addresses_changed') {
    const changed = [field(a.after, 'shippingAddress') && 'delivery', field(a.after, 'billingAddress') && 'billing'].filter(Boolean);
    return `set the ${changed.join(' and ')} address`;
  }
  return FIXED[a.action] ?? a.action.replace(/[._]/g, ' ');
}

/** Newest first. Agents are recorded by their unit's key; the trail names them as /agents does ("Orders agent"). */
export async function orderHistory(orderId: string) {
  const [entries, units] = await Promise.all([
    db.activity.findMany({ where: { entityType: 'Order', entityId: orderId }, orderBy: { createdAt: 'desc' }, take: 50 }),
    db.businessUnit.findMany({ select: { key: true, name: true } }),
  ]);
  const agents = agentNames(units);
  return entries.map((a) => ({
    id: a.id,
    createdAt: a.createdAt,
    actorName: actorLabel(a, agents),
    description: describeOrderEntry(a),
  }));
}
