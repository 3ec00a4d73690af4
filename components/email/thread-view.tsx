import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import type { EmailWorkspace } from '@/lib/dashboard/email-detail';

const KIND_LABEL: Record<string, string> = { auto_reply: 'Auto-reply', reply: 'Reply' };

/** The conversation in time order: emails received and what we sent back. */
export function ThreadView({ currentId, emails, outbox }: { currentId: string; emails: EmailWorkspace['thread']; outbox: EmailWorkspace['outbox'] }) {
  const items = [
    ...emails.map((e) => ({ key: e.id, at: e.receivedAt.toISOString(), inbound: true as const, e })),
    ...outbox.map((m) => ({ key: m.id, at: m.createdAt.toISOString(), inbound: false as const, m })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="space-y-2 break-words text-sm">
      {items.map((item) =>
        item.inbound ? (
          <li key={item.key} className={item.e.id === currentId ? 'rounded-md bg-subtle p-2' : 'p-2'}>
            {item.e.id === currentId ? <strong>{item.e.subject || '(no subject)'}</strong> : <Link href={`/emails/${item.e.id}`} className="underline">{item.e.subject || '(no subject)'}</Link>}
            <span className="block text-xs text-muted">
              from {item.e.fromName ?? item.e.fromAddress} · <LocalTime iso={item.at} />
            </span>
          </li>
        ) : (
          <li key={item.key} className="border-l-2 border-gold-500 p-2">
            <span className="flex items-center gap-2">
              <Badge tone="gold">{KIND_LABEL[item.m.kind] ?? item.m.kind}</Badge>
              <Badge tone={item.m.status === 'SENT' ? 'good' : item.m.status === 'FAILED' ? 'critical' : 'neutral'}>{item.m.status}</Badge>
            </span>
            <span className="block">{item.m.subject}</span>
            <span className="block text-xs text-muted">
              to {item.m.toAddress} · <LocalTime iso={item.at} />
              {item.m.lastError ? ` · ${item.m.lastError}` : ''}
            </span>
          </li>
        ),
      )}
    </ol>
  );
}
