'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { callApi } from '@/lib/http/call-api';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import type { NotificationItem } from '@/lib/dashboard/notifications';

type Feed = { unread: number; items: NotificationItem[] };

/** Unread count and latest notifications; live on the person's private channel. */
export function NotificationBell({ userId }: { userId: string }) {
  const [feed, setFeed] = useState<Feed>({ unread: 0, items: [] });
  const [open, setOpen] = useState(false);
  // Why the feed shown may be out of date (a proxy's error page, no connection); the last good feed stays.
  const [problem, setProblem] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Bumped by every event and by marking read; the effect re-reads the feed.
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    let current = true;
    void callApi<Feed>('/api/notifications', 'GET').then((res) => {
      if (!current) return;
      if (res.ok) setFeed(res.data);
      setProblem(res.ok ? null : `Notifications could not be loaded. ${res.detail}`);
    });
    return () => {
      current = false;
    };
  }, [version]);
  useChannelEvent(CHANNELS.user(userId), EVENTS.notificationCreated, reload);
  useChannelEvent(CHANNELS.user(userId), EVENTS.notificationsRead, reload);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !panel.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  async function markRead(ids?: string[]) {
    const res = await callApi('/api/notifications/read', 'POST', ids ? { ids } : {});
    if (res.ok) reload();
    else setProblem(`Could not mark as read. ${res.detail}`);
  }

  return (
    <div ref={panel} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="notification-panel"
        aria-label={feed.unread ? `Notifications, ${feed.unread} unread` : 'Notifications'}
        onClick={() => setOpen((o) => !o)}
        className="relative rounded-md p-2 hover:bg-subtle"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {feed.unread > 0 && (
          <span data-testid="notification-count" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white">
            {feed.unread > 99 ? '99+' : feed.unread}
          </span>
        )}
      </button>
      {open && (
        <div id="notification-panel" className="absolute right-0 z-50 mt-2 w-80 rounded-xl border border-border bg-card p-3 shadow-xl">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="text-sm font-semibold">Notifications</h2>
            {feed.unread > 0 && (
              <button type="button" className="text-xs underline" onClick={() => void markRead()}>
                Mark all read
              </button>
            )}
          </div>
          <div role="status">
            {problem && (
              <p className="mb-2 rounded-md bg-subtle p-2 text-sm text-red-700 dark:text-red-400">
                {problem}{' '}
                <button type="button" className="underline" onClick={reload}>
                  Try again
                </button>
              </p>
            )}
          </div>
          {feed.items.length === 0 ? (
            <p className="text-sm text-muted">Nothing yet. Assignments, escalations and SLA breaches show up here.</p>
          ) : (
            <ul className="max-h-96 space-y-1 overflow-y-auto">
              {feed.items.map((n) => (
                <li key={n.id} className={`rounded-md p-2 text-sm ${n.read ? '' : 'bg-subtle'}`}>
                  {n.link ? (
                    <Link href={n.link} className="font-medium hover:underline" onClick={() => !n.read && void markRead([n.id])}>
                      {n.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{n.title}</span>
                  )}
                  <span className="block text-xs text-muted">{n.body}</span>
                  <span className="flex justify-between text-xs text-muted">
                    <LocalTime iso={n.createdAt} mode="relative" />
                    {!n.read && (
                      <button type="button" className="underline" onClick={() => void markRead([n.id])}>
                        Mark read<span className="sr-only">: {n.title}</span>
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
