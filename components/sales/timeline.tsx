import { LocalTime } from '@/components/ui/local-time';
import type { TimelineEntry } from '@/lib/sales/interactions';
import { formatEuroWhole } from './format';

const KIND: Record<string, { icon: string; label: string }> = {
  EMAIL_IN: { icon: '✉︎←', label: 'Email received' },
  EMAIL_OUT: { icon: '✉︎→', label: 'Email sent' },
  CALL: { icon: '☎', label: 'Call' },
  MEETING: { icon: '◎', label: 'Meeting' },
  NOTE: { icon: '✎', label: 'Note' },
};

const ACTION: Record<string, string> = {
  'prospect.created': 'Created',
  'prospect.imported': 'Imported from CSV',
  'prospect.updated': 'Edited',
  'prospect.stage_changed': 'Stage changed',
  'prospect.responded': 'Marked as responded',
  'prospect.bounced': 'Address bounced',
};

const LABEL: Record<string, string> = { stageId: 'stage', ownerId: 'owner', valueCents: 'value', contactName: 'contact', nextFollowUpAt: 'next follow-up' };

/** Interactions and audit entries, newest first; edits show each changed field before → after. */
export function Timeline({ entries, names }: { entries: TimelineEntry[]; names: Record<string, string> }) {
  if (entries.length === 0) return <p className="text-sm text-muted">Nothing has happened yet.</p>;
  const show = (v: unknown, key: string) => {
    if (v === null || v === undefined || v === '') return '—';
    if (key === 'valueCents' && typeof v === 'number') return formatEuroWhole(v);
    if (key === 'nextFollowUpAt' && typeof v === 'string') return v.slice(0, 10);
    return typeof v === 'string' ? (names[v] ?? v) : Array.isArray(v) ? v.join(', ') : String(v);
  };
  return (
    <ol className="space-y-3" aria-label="Timeline">
      {entries.map((e) => (
        <li key={`${e.type}-${e.id}`} className="flex gap-3 rounded-lg border border-border bg-card p-3">
          <span aria-hidden="true" className="w-8 shrink-0 text-center text-lg text-purple-royal dark:text-gold-300">{e.type === 'interaction' ? KIND[e.kind].icon : '•'}</span>
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium">
              {e.type === 'interaction' ? KIND[e.kind].label : (ACTION[e.action] ?? e.action)}
              <span className="font-normal text-muted"> · {e.who ?? 'Email monitor'} · <LocalTime iso={e.at.toISOString()} /></span>
            </p>
            {e.type === 'interaction' ? (
              <p className="whitespace-pre-line break-words">{e.summary}</p>
            ) : (
              <Changes before={e.before} after={e.after} show={show} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Changes({ before, after, show }: { before: unknown; after: unknown; show: (v: unknown, key: string) => string }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (!keys.length) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="text-muted">{LABEL[k] ?? k}</dt>
          <dd>{k in b ? `${show(b[k], k)} → ${show(a[k], k)}` : show(a[k], k)}</dd>
        </div>
      ))}
    </dl>
  );
}
