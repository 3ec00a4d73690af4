// A person's notifications (assignment, escalation, SLA breach, …) for the bell in the staff header.
import { z } from 'zod';
import { db } from '@/lib/db';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { publish } from '@/lib/realtime/publish';

export const FEED_LIMIT = 20;

export type NotificationItem = { id: string; kind: string; title: string; body: string; link: string | null; read: boolean; createdAt: string };

export async function notificationFeed(userId: string): Promise<{ unread: number; items: NotificationItem[] }> {
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: FEED_LIMIT }),
  ]);
  return {
    unread,
    items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, read: n.readAt !== null, createdAt: n.createdAt.toISOString() })),
  };
}

/** Omit `ids` to mark all read. */
export const markReadInput = z.object({ ids: z.array(z.string().min(1)).max(100).optional() });

export async function markNotificationsRead(userId: string, ids?: string[]) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...(ids && { id: { in: ids } }) }, data: { readAt: new Date() } });
  if (count) await publish(CHANNELS.user(userId), EVENTS.notificationsRead, { marked: count });
  return { marked: count };
}
