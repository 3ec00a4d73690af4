// What one monitor batch writes, gathered in memory while its mail is read in time order, then written in one
// transaction with a few statements per batch instead of several per mail: inserts in bulk, and one update per
// distinct prospect change (prospects given the same columns, e.g. the same status, share one statement).
import type { Prisma } from '@/lib/generated/sqlite/client';
import { recordActivities, type ActivityEntry, type Actor } from '@/lib/audit';
import { createNotifications, type NotificationInput } from '@/lib/notifications';

type Tx = Prisma.TransactionClient;

export type BatchWrites = {
  interactions: Prisma.InteractionCreateManyInput[];
  /** The final change of each touched prospect: later mail of the batch overrides earlier columns. */
  prospects: Map<string, Prisma.ProspectUncheckedUpdateInput>;
  stageChanges: Prisma.ProspectStageChangeCreateManyInput[];
  activities: ActivityEntry[];
  notifications: NotificationInput[];
};

export const emptyBatch = (): BatchWrites => ({ interactions: [], prospects: new Map(), stageChanges: [], activities: [], notifications: [] });

export function patchProspect(writes: BatchWrites, id: string, data: Prisma.ProspectUncheckedUpdateInput) {
  writes.prospects.set(id, { ...writes.prospects.get(id), ...data });
}

/** Writes the batch inside the caller's transaction; returns the notifications that are new (to announce after commit). */
export async function writeBatch(tx: Tx, actor: Actor, writes: BatchWrites) {
  if (writes.interactions.length) await tx.interaction.createMany({ data: writes.interactions });
  for (const { ids, data } of sameChanges(writes.prospects)) await tx.prospect.updateMany({ where: { id: { in: ids } }, data });
  if (writes.stageChanges.length) await tx.prospectStageChange.createMany({ data: writes.stageChanges });
  await recordActivities(tx, actor, writes.activities);
  return createNotifications(tx, writes.notifications);
}

function sameChanges(changes: Map<string, Prisma.ProspectUncheckedUpdateInput>) {
  const groups = new Map<string, { ids: string[]; data: Prisma.ProspectUncheckedUpdateInput }>();
  for (const [id, data] of changes) {
    const key = JSON.stringify(Object.entries(data).sort(([a], [b]) => a.localeCompare(b)));
    const group = groups.get(key);
    if (group) group.ids.push(id);
    else groups.set(key, { ids: [id], data });
  }
  return groups.values();
}
