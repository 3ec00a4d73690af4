'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { PRIORITY_LABEL, PRIORITY_TONE, TYPE_LABEL } from '@/components/email/labels';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import type { EmailSummary } from '@/lib/email/views';

/** The latest emails; new ones slide in as `email.received` arrives, and the next render confirms them. */
export function LiveEmailFeed({ initial, size }: { initial: EmailSummary[]; size: number }) {
  const [arrived, setArrived] = useState<EmailSummary[]>([]);
  useChannelEvent<EmailSummary>(CHANNELS.staff, EVENTS.emailReceived, (email) => setArrived((prev) => [email, ...prev].slice(0, size)));

  const known = new Set(initial.map((e) => e.id));
  const items = [...arrived.filter((e) => !known.has(e.id)), ...initial]
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .slice(0, size);
  const fresh = new Set(arrived.map((e) => e.id));

  if (!items.length) return <p className="text-sm text-muted">No email has arrived yet. New messages appear here the moment they are stored.</p>;
  return (
    <ol className="divide-y divide-border" aria-live="polite" aria-relevant="additions" data-testid="live-feed">
      {items.map((e) => (
        <li key={e.id} className={`flex flex-col gap-1 py-2.5 sm:flex-row sm:items-start sm:gap-3 ${fresh.has(e.id) ? 'animate-slide-in' : ''}`} data-email-id={e.id}>
          <div className="min-w-0 sm:flex-1">
            <Link href={`/emails/${e.id}`} className="block truncate font-medium hover:underline">
              {e.subject || '(no subject)'}
            </Link>
            <p className="truncate text-xs text-muted">
              {e.from.name ? `${e.from.name} · ` : ''}
              {e.from.address} → {e.unit?.name ?? 'unrouted'}
            </p>
          </div>
          {/* on a phone the badges go under the subject, so the subject keeps the row's width */}
          <div className="flex shrink-0 flex-wrap items-center gap-2 text-xs sm:flex-col sm:flex-nowrap sm:items-end sm:gap-1">
            <span className="flex gap-1">
              <Badge tone="royal">{TYPE_LABEL[e.type]}</Badge>
              {e.priority !== 'NORMAL' && <Badge tone={PRIORITY_TONE[e.priority]}>{PRIORITY_LABEL[e.priority]}</Badge>}
              {e.autoHandled && <Badge tone="gold">Auto-handled</Badge>}
            </span>
            <span className="text-muted">
              <LocalTime iso={e.receivedAt} mode="relative" />
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
