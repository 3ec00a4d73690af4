'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { TableScroll } from '@/components/ui/table-scroll';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ProspectRow as Row } from '@/lib/sales/prospect-query';
import type { BulkResult } from '@/lib/sales/bulk';
import type { Stage } from '@/lib/sales/stages';
import { callApi } from '@/lib/http/call-api';
import { formatEuroWhole } from './format';
import { ProspectStatusBadge } from './status-badge';

export type SortLink = { label: string; href: string; direction: 'ascending' | 'descending' | 'none' };
type Owner = { id: string; name: string };

/** The table view: sortable columns, row selection and bulk reassign / move / tag. */
export function ProspectTable({ rows, stages, owners, sortLinks }: { rows: Row[]; stages: Stage[]; owners: Owner[] | null; sortLinks: Record<string, SortLink> }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<'move' | 'tag' | 'reassign'>('move');
  // No stage is preselected: Apply must never move prospects somewhere nobody chose.
  const [stage, setStage] = useState('');
  const [reason, setReason] = useState('');
  const [tags, setTags] = useState('');
  const [ownerId, setOwnerId] = useState(owners?.[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const target = stages.find((s) => s.key === stage);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  const toggle = (id: string) => setSelected((s) => {
    const next = new Set(s);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  async function apply() {
    const list = tags.split(',').map((t) => t.trim()).filter(Boolean);
    const change =
      action === 'move' ? { action, stage, reason: reason || undefined } : action === 'tag' ? { action, add: list.filter((t) => !t.startsWith('-')), remove: list.filter((t) => t.startsWith('-')).map((t) => t.slice(1)) } : { action, ownerId };
    setBusy(true);
    const res = await callApi<BulkResult>('/api/prospects/bulk', 'POST', { ids: [...selected], change });
    setBusy(false);
    if (!res.ok) return setMessage({ text: res.detail, error: true });
    const skipped = res.data.skipped.length ? ` ${res.data.skipped.length} skipped: ${[...new Set(res.data.skipped.map((s) => s.reason))].join('; ')}.` : '';
    setMessage({ text: `${res.data.updated.length} updated.${skipped}`, error: res.data.skipped.length > 0 });
    setSelected(new Set());
    router.refresh();
  }

  const th = 'px-3 py-2 text-left font-medium';
  const sortHeader = (key: string) => {
    const s = sortLinks[key];
    return (
      <th scope="col" className={th} aria-sort={s.direction}>
        <Link href={s.href} className="underline-offset-2 hover:underline">
          {s.label} {s.direction === 'ascending' ? '↑' : s.direction === 'descending' ? '↓' : ''}
        </Link>
      </th>
    );
  };

  return (
    <div className="space-y-3">
      <fieldset disabled={selected.size === 0 || busy} className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-card p-3 disabled:opacity-60">
        <legend className="px-1 text-sm font-medium">{selected.size ? `${selected.size} selected` : 'Select rows for a bulk action'}</legend>
        <div>
          <label htmlFor="bulk-action" className="mb-1 block text-xs font-medium">Action</label>
          <select id="bulk-action" value={action} onChange={(e) => setAction(e.target.value as typeof action)} className={inputClass}>
            <option value="move">Move to stage</option>
            <option value="tag">Tag</option>
            {owners && <option value="reassign">Reassign</option>}
          </select>
        </div>
        {action === 'move' && (
          <>
            <div>
              <label htmlFor="bulk-stage" className="mb-1 block text-xs font-medium">Stage</label>
              <select id="bulk-stage" value={stage} onChange={(e) => setStage(e.target.value)} className={inputClass}>
                <option value="" disabled>
                  Choose a stage…
                </option>
                {stages.map((s) => (
                  <option key={s.id} value={s.key}>{s.name}</option>
                ))}
              </select>
            </div>
            {target && (target.isWon || target.isLost) && (
              <div className="min-w-64 flex-1">
                <label htmlFor="bulk-reason" className="mb-1 block text-xs font-medium">Reason (required for {target.name})</label>
                <input id="bulk-reason" value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
              </div>
            )}
          </>
        )}
        {action === 'tag' && (
          <div className="min-w-64 flex-1">
            <label htmlFor="bulk-tags" className="mb-1 block text-xs font-medium">Tags, comma-separated (prefix with - to remove)</label>
            <input id="bulk-tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="vip, -cold" className={inputClass} />
          </div>
        )}
        {action === 'reassign' && owners && (
          <div>
            <label htmlFor="bulk-owner" className="mb-1 block text-xs font-medium">New owner</label>
            <select id="bulk-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} className={inputClass}>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
        )}
        <Button onClick={apply} disabled={action === 'move' && !stage}>{busy ? 'Applying…' : 'Apply'}</Button>
      </fieldset>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${message?.error ? 'text-amber-700 dark:text-amber-300' : 'text-muted'}`}>{message?.text}</p>
      <TableScroll framed>
        <table className="w-full text-sm">
          <caption className="sr-only">Prospects</caption>
          <thead className="border-b border-border bg-subtle">
            <tr>
              <th scope="col" className={th}>
                <input type="checkbox" aria-label="Select all prospects on this page" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} />
              </th>
              {sortHeader('company')}
              <th scope="col" className={th}>Contact</th>
              <th scope="col" className={th}>Stage</th>
              <th scope="col" className={th}>Status</th>
              {sortHeader('valueCents')}
              <th scope="col" className={th}>Owner</th>
              <th scope="col" className={th}>Follow-up</th>
              {sortHeader('updatedAt')}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-border last:border-0 hover:bg-subtle/50">
                <td className="px-3 py-2">
                  <input type="checkbox" aria-label={`Select ${r.company}`} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/sales/prospects/${r.id}`} className="font-medium underline-offset-2 hover:underline">{r.company}</Link>
                  <div className="text-xs text-muted">{r.tags.map((t) => `#${t}`).join(' ')}</div>
                </td>
                <td className="px-3 py-2">
                  {r.contactName}
                  <div className={`text-xs ${r.emailInvalid ? 'text-red-700 line-through dark:text-red-400' : 'text-muted'}`}>{r.email}</div>
                </td>
                <td className="px-3 py-2">{r.stage.name}</td>
                <td className="px-3 py-2"><ProspectStatusBadge status={r.status} /></td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {formatEuroWhole(r.valueCents)}
                  <div className="text-xs text-muted">{formatEuroWhole(r.weightedCents)} weighted</div>
                </td>
                <td className="px-3 py-2">{r.owner.name}</td>
                <td className="px-3 py-2">{r.nextFollowUpAt ? <LocalTime iso={r.nextFollowUpAt} mode="date" /> : '—'}</td>
                <td className="px-3 py-2"><LocalTime iso={r.updatedAt} mode="relative" /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
