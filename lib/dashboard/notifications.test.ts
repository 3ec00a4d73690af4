// The bell: a person sees their own notifications and unread count, and marks them read.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '@/lib/db';
import { GET } from '@/app/api/notifications/route';
import { POST as markRead } from '@/app/api/notifications/read/route';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { params, request } from '@/tests/helpers';
import { listen } from '@/tests/realtime';

describe('notifications', () => {
  it('lists and marks read only the signed-in person’s notifications', async () => {
    const [me, other] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: 'orders.agent@h-bu.de' } }),
      db.user.findUniqueOrThrow({ where: { email: 'finance.agent@h-bu.de' } }),
    ]);
    const mine = await db.notification.create({ data: { userId: me.id, kind: 'escalation', title: 'Task escalated', body: 'Due in 10 minutes' } });
    const theirs = await db.notification.create({ data: { userId: other.id, kind: 'assignment', title: 'Assigned', body: '…' } });
    const as = { email: 'orders.agent@h-bu.de' };

    const feed = await (await GET(await request('/api/notifications', { as }), params())).json();
    expect(feed.items.map((n: { id: string }) => n.id)).toContain(mine.id);
    expect(feed.items.map((n: { id: string }) => n.id)).not.toContain(theirs.id);
    expect(feed.unread).toBeGreaterThanOrEqual(1);

    await markRead(await request('/api/notifications/read', { body: { ids: [mine.id, theirs.id] }, as }), params());
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it('tells the person’s other open tabs when notifications were marked read', async () => {
    const me = await db.user.findUniqueOrThrow({ where: { email: 'quality.agent@h-bu.de' } });
    const note = await db.notification.create({ data: { userId: me.id, kind: 'assignment', title: 'Assigned', body: '…' } });
    const { seen, close } = await listen(CHANNELS.user(me.id), EVENTS.notificationsRead);
    onTestFinished(close);
    await markRead(await request('/api/notifications/read', { body: { ids: [note.id] }, as: { email: me.email } }), params());
    await vi.waitFor(() => expect(seen).toEqual([{ marked: 1 }]), { timeout: 5000 });
  });
});
