'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { ProspectRow } from '@/lib/sales/prospect-query';
import { EDITABLE_STATUSES } from '@/lib/sales/schemas';
import type { Stage } from '@/lib/sales/stages';
import { sendJson } from '@/lib/http/send-json';
import { eurosToCents } from '@/lib/sales/money';
import { eurosInput } from './euro-input';
import { STATUS_LABEL } from './format';

type Owner = { id: string; name: string };

/** Create or edit a prospect; the server's field errors appear at their fields. */
export function ProspectForm({ prospect, stages, owners }: { prospect?: ProspectRow; stages: Stage[]; owners: Owner[] | null }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = prospect && (prospect.stage.isWon || prospect.stage.isLost);

  async function submit(form: FormData) {
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const valueCents = eurosToCents(text('value'));
    if (valueCents === null) return setErrors({ valueCents: 'Enter an amount in euros, e.g. 12500 or 12500.50' });
    const body: Record<string, unknown> = {
      company: text('company'),
      contactName: text('contactName'),
      email: text('email'),
      phone: text('phone') || null,
      source: text('source') || null,
      tags: text('tags').split(',').map((t) => t.trim()).filter(Boolean),
      valueCents,
      nextFollowUpAt: text('nextFollowUpAt') || null,
    };
    if (text('probability')) body.probability = Number(text('probability'));
    if (prospect && !closed) body.status = text('status');
    if (!prospect && text('stage')) body.stage = text('stage');
    if (owners && text('ownerId')) body.ownerId = text('ownerId');
    setBusy(true);
    setErrors({});
    const res = prospect ? await sendJson<{ id: string }>(`/api/prospects/${prospect.id}`, 'PATCH', body) : await sendJson<{ id: string }>('/api/prospects', 'POST', body);
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fields);
      return setMessage({ text: res.message, error: true });
    }
    if (!prospect) return router.push(`/sales/prospects/${res.data.id}`);
    setMessage({ text: 'Saved.', error: false });
    router.refresh();
  }

  const p = prospect;
  return (
    <form action={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Company" name="company" required defaultValue={p?.company} error={errors.company} />
        <Field label="Contact name" name="contactName" required defaultValue={p?.contactName} error={errors.contactName} />
        <Field label="Email" name="email" type="email" required defaultValue={p?.email} error={errors.email} />
        <Field label="Phone" name="phone" type="tel" defaultValue={p?.phone ?? ''} error={errors.phone} />
        <Field label="Source" name="source" defaultValue={p?.source ?? ''} hint="Trade fair, website, referral…" error={errors.source} />
        <Field label="Tags" name="tags" defaultValue={p?.tags.join(', ')} hint="Comma-separated" error={errors.tags} />
        <Field label="Estimated value (€)" name="value" inputMode="decimal" defaultValue={p ? eurosInput(p.valueCents) : ''} error={errors.valueCents} />
        <Field label="Win probability (%)" name="probability" type="number" min={0} max={100} defaultValue={p?.probability} hint={p ? undefined : 'Empty: the stage’s default'} error={errors.probability} />
        <Field label="Next follow-up" name="nextFollowUpAt" type="date" defaultValue={p?.nextFollowUpAt?.slice(0, 10) ?? ''} error={errors.nextFollowUpAt} />
        {!p && (
          <div className="space-y-1">
            <label htmlFor="field-stage" className="block text-sm font-medium">Stage</label>
            <select id="field-stage" name="stage" defaultValue="" className={inputClass}>
              <option value="">{stages.find((s) => !s.isWon && !s.isLost)?.name ?? 'First stage'} (default)</option>
              {stages.filter((s) => !s.isWon && !s.isLost).map((s) => (
                <option key={s.id} value={s.key}>{s.name}</option>
              ))}
            </select>
          </div>
        )}
        {p && !closed && (
          <div className="space-y-1">
            <label htmlFor="field-status" className="block text-sm font-medium">Status</label>
            <select id="field-status" name="status" defaultValue={p.status} className={inputClass}>
              {EDITABLE_STATUSES.map((s) => (
                <option key={s} value={s}>{STATUS_LABEL[s]}</option>
              ))}
            </select>
          </div>
        )}
        {owners && (
          <div className="space-y-1">
            <label htmlFor="field-owner" className="block text-sm font-medium">Owner</label>
            <select id="field-owner" name="ownerId" defaultValue={p?.owner.id ?? ''} className={inputClass} aria-invalid={!!errors.ownerId}>
              {!p && <option value="">Me</option>}
              {owners.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
            {errors.ownerId && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{errors.ownerId}</p>}
          </div>
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? 'Saving…' : p ? 'Save changes' : 'Create prospect'}</Button>
        <p role="status" aria-live="polite" className={`text-sm ${message?.error ? 'text-red-700 dark:text-red-400' : 'text-muted'}`}>{message?.text}</p>
      </div>
    </form>
  );
}
