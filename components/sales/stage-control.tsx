'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { Stage } from '@/lib/sales/stages';
import { callApi } from '@/lib/http/call-api';

/** Moves the prospect from its page: Won/Lost ask for a reason, a closed prospect must be reopened first. */
export function StageControl({ prospectId, current, stages }: { prospectId: string; current: Stage; stages: Stage[] }) {
  const router = useRouter();
  // No stage is preselected: Move must never send a prospect somewhere nobody chose (e.g. back to the first stage).
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [reopen, setReopen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const to = stages.find((s) => s.key === target);
  const closed = current.isWon || current.isLost;

  async function move(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await callApi(`/api/prospects/${prospectId}/stage`, 'POST', { stage: target, reason: reason || undefined, reopen: reopen || undefined });
    setBusy(false);
    if (!res.ok) return setError(res.errors[0]?.message ?? res.detail);
    setError(null);
    setTarget('');
    setReason('');
    setReopen(false);
    router.refresh();
  }

  return (
    <form onSubmit={move} className="space-y-3" aria-label="Move to another stage">
      <div>
        <label htmlFor="stage-target" className="mb-1 block text-sm font-medium">Move to</label>
        <select id="stage-target" value={target} onChange={(e) => setTarget(e.target.value)} className={inputClass}>
          <option value="" disabled>
            Choose a stage…
          </option>
          {stages.filter((s) => s.id !== current.id).map((s) => (
            <option key={s.id} value={s.key}>{s.name}</option>
          ))}
        </select>
      </div>
      {to && (to.isWon || to.isLost) && (
        <div>
          <label htmlFor="stage-reason" className="mb-1 block text-sm font-medium">Reason</label>
          <textarea id="stage-reason" required rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
        </div>
      )}
      {closed && (
        <div className="flex items-center gap-2">
          <input id="stage-reopen" type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} className="h-4 w-4" />
          <label htmlFor="stage-reopen" className="text-sm">Reopen this {current.name.toLowerCase()} prospect</label>
        </div>
      )}
      <Button type="submit" disabled={busy || !target}>{busy ? 'Moving…' : 'Move'}</Button>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </form>
  );
}
