// Notifications for people (assignment, escalation, SLA breach, follow-up, low stock): stored, then announced
// on the user's private channel after the write has committed.
import type { Db } from '@/lib/db/client';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';

export type NotificationInput = { userId: string; kind: string; title: string; body: string; link?: string; dedupeKey?: string };
type Tx = Pick<Db, 'notification'>;

/** Creates the notification unless one with the same dedupeKey exists; returns it when new. */
export async function createNotification(tx: Tx, n: NotificationInput) {
  return (await createNotifications(tx, [n]))[0] ?? null;
}

const dedupeId = (n: { userId: string; dedupeKey?: string | null }) => `${n.userId}\n${n.dedupeKey}`;

/** Many at once (two statements): skips those whose dedupeKey exists or repeats in the list; returns the new ones. */
export async function createNotifications(tx: Tx, list: NotificationInput[]) {
  const keyed = list.filter((n) => n.dedupeKey);
  const stored = keyed.length
    ? await tx.notification.findMany({
        where: { userId: { in: [...new Set(keyed.map((n) => n.userId))] }, dedupeKey: { in: [...new Set(keyed.map((n) => n.dedupeKey!))] } },
        select: { userId: true, dedupeKey: true },
      })
    : [];
  const seen = new Set(stored.map(dedupeId));
  const fresh = list.filter((n) => {
    if (!n.dedupeKey) return true;
    if (seen.has(dedupeId(n))) return false;
    seen.add(dedupeId(n));
    return true;
  });
  return fresh.length ? tx.notification.createManyAndReturn({ data: fresh }) : [];
}

/** Call after commit with what createNotification returned. */
export async function announceNotifications(created: ({ id: string; userId: string; title: string; kind: string } | null)[]) {
  await Promise.all(
    created.filter((n) => n !== null).map((n) => publish(CHANNELS.user(n.userId), EVENTS.notificationCreated, { id: n.id, kind: n.kind, title: n.title })),
  );
}
