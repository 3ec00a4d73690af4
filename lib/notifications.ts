// Notifications for people (assignment, escalation, SLA breach, follow-up, low stock): stored, then announced
// on the user's private channel after the write has committed.
import type { Db } from '@/lib/db/client';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';

export type NotificationInput = { userId: string; kind: string; title: string; body: string; link?: string; dedupeKey?: string };
type Tx = Pick<Db, 'notification'>;

/** Creates the notification unless one with the same dedupeKey exists; returns it when new. */
export async function createNotification(tx: Tx, n: NotificationInput) {
  if (n.dedupeKey) {
    const existing = await tx.notification.findUnique({ where: { userId_dedupeKey: { userId: n.userId, dedupeKey: n.dedupeKey } } });
    if (existing) return null;
  }
  return tx.notification.create({ data: n });
}

/** Call after commit with what createNotification returned. */
export async function announceNotifications(created: ({ id: string; userId: string; title: string; kind: string } | null)[]) {
  await Promise.all(
    created.filter((n) => n !== null).map((n) => publish(CHANNELS.user(n.userId), EVENTS.notificationCreated, { id: n.id, kind: n.kind, title: n.title })),
  );
}
