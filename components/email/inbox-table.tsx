'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { TableScroll } from '@/components/ui/table-scroll';
import type { EmailSummary } from '@/lib/email/views';
import { PRIORITY_LABEL, PRIORITY_TONE, STATUS_LABEL, TYPE_LABEL } from './labels';
import { SlaBadge } from './sla-badge';

const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** A paperclip drawn, not an emoji: not every system has an emoji font, and the count needs words for screen readers. */
function AttachmentCount({ count }: { count: number }) {
  const label = `${count} ${count === 1 ? 'attachment' : 'attachments'}`;
  return (
    <span className="inline-flex items-center gap-0.5" title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M21 11.5 12.5 20a5 5 0 0 1-7-7L14 4.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4L15.5 7.6" />
      </svg>
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** The inbox list. Keyboard: j / ↓ next, k / ↑ previous, Enter opens (anywhere on the page but in a form field). */
export function InboxTable({ emails }: { emails: EmailSummary[] }) {
  const router = useRouter();
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !emails.length) return;
      const move = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
      const focused = rows.current.indexOf(document.activeElement as HTMLTableRowElement);
      if (move) {
        e.preventDefault();
        // The first press takes the highlighted row itself (the newest mail on arrival); later ones move on from it.
        const next = focused < 0 ? active : Math.min(emails.length - 1, Math.max(0, focused + move));
        rows.current[next]?.focus();
      } else if (e.key === 'Enter' && (focused >= 0 || document.activeElement === document.body)) {
        e.preventDefault();
        router.push(`/emails/${emails[focused < 0 ? active : focused].id}`);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [emails, active, router]);

  return (
    <TableScroll framed>
      <table className="w-full text-sm">
        <caption className="sr-only">Inbound emails, newest first. Use j and k or the arrow keys to move, Enter to open.</caption>
        <thead className="bg-subtle text-left text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">Received</th>
            <th scope="col" className="px-3 py-2">From</th>
            <th scope="col" className="px-3 py-2">Subject</th>
            <th scope="col" className="px-3 py-2">Type</th>
            <th scope="col" className="px-3 py-2">Unit</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">SLA</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {emails.map((e, i) => (
            <tr
              key={e.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              tabIndex={i === active ? 0 : -1}
              data-active={i === active}
              onFocus={() => setActive(i)}
              className="cursor-pointer outline-none hover:bg-subtle focus:bg-royal-50 data-[active=true]:bg-subtle dark:focus:bg-royal-900"
              onClick={(ev) => (ev.target as HTMLElement).closest('a') || router.push(`/emails/${e.id}`)}
              data-email-id={e.id}
            >
              <td className="px-3 py-2 text-xs text-muted">
                <LocalTime iso={e.receivedAt} />
              </td>
              <td className="max-w-40 truncate px-3 py-2" title={e.from.address}>
                {e.from.name ?? e.from.address}
                {e.isOem && <span className="ml-1"><Badge tone="purple">OEM</Badge></span>}
              </td>
              <td className="max-w-80 px-3 py-2">
                <Link href={`/emails/${e.id}`} tabIndex={-1} className="block truncate font-medium hover:underline">
                  {e.subject || '(no subject)'}
                </Link>
                <span className="flex gap-1 text-xs text-muted">
                  {e.priority !== 'NORMAL' && <Badge tone={PRIORITY_TONE[e.priority]}>{PRIORITY_LABEL[e.priority]}</Badge>}
                  {e.attachmentCount > 0 && <AttachmentCount count={e.attachmentCount} />}
                  {e.autoHandled && <Badge tone="gold">Auto-handled</Badge>}
                </span>
              </td>
              <td className="whitespace-nowrap px-3 py-2"><Badge tone="royal">{TYPE_LABEL[e.type]}</Badge></td>
              <td className="px-3 py-2 text-xs">{e.unit?.name ?? '—'}</td>
              <td className="px-3 py-2 text-xs">{e.task ? STATUS_LABEL[e.task.status] : '—'}</td>
              <td className="whitespace-nowrap px-3 py-2"><SlaBadge state={e.sla} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
