// The audit log: who did what to which entity, with before/after. Call it inside the write's transaction.
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Db } from '@/lib/db/client';

export type Actor = { actorType: string; actorId: string | null; actorName: string };
type Tx = Pick<Db, 'activity'>;

export const SYSTEM_ACTOR: Actor = { actorType: 'system', actorId: null, actorName: 'System' };
export const agentActor = (agentKey: string): Actor => ({ actorType: 'agent', actorId: agentKey, actorName: `${agentKey} agent` });
/** How pages name a unit's agent ("Orders agent"); entries store the unit's key, which a reader would not know. */
export const agentName = (unit: { name: string }) => `${unit.name} agent`;
/** Agent names by unit key, for actorLabel. */
export const agentNames = (units: readonly { key: string; name: string }[]) => new Map(units.map((u) => [u.key, agentName(u)]));
/** Who an entry says acted: an agent by its unit's name, anyone else as recorded. */
export const actorLabel = (a: Pick<Actor, 'actorType' | 'actorId' | 'actorName'>, agents: ReadonlyMap<string, string>) =>
  (a.actorType === 'agent' && a.actorId && agents.get(a.actorId)) || a.actorName;
/** One member of an entry's free-form before/after JSON. */
export const entryField = (json: unknown, key: string): unknown => (json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined);

export type ActivityEntry = { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown };

const activityData = (actor: Actor, entry: ActivityEntry) => ({
  ...actor,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
  after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
});

export function recordActivity(tx: Tx, actor: Actor, entry: ActivityEntry) {
  return tx.activity.create({ data: activityData(actor, entry) });
}

/** Many entries in one statement, for batch writers. */
export function recordActivities(tx: Tx, actor: Actor, entries: ActivityEntry[]) {
  return entries.length ? tx.activity.createMany({ data: entries.map((e) => activityData(actor, e)) }) : Promise.resolve({ count: 0 });
}
