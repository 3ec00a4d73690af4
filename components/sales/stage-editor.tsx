'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { Stage } from '@/lib/sales/stages';

export type SaveStagesResult = { ok: true } | { ok: false; message: string };

/** Rename stages, change their default probability and their order; saved together. Keys stay, so the API and rules keep working. */
export function StageEditor({ stages, save }: { stages: Stage[]; save: (input: unknown) => Promise<SaveStagesResult> }) {
  const [rows, setRows] = useState(stages.map(({ id, key, name, probability, isWon, isLost }) => ({ id, key, name, probability, isWon, isLost })));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, startSaving] = useTransition();
  const update = (i: number, patch: Partial<(typeof rows)[number]>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const swap = (i: number, j: number) =>
    setRows((r) => {
      const next = [...r];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startSaving(async () => {
          const res = await save(rows.map(({ id, name, probability }) => ({ id, name, probability })));
          setMessage(res.ok ? { text: 'Pipeline saved.', error: false } : { text: res.message, error: true });
        });
      }}
      className="space-y-4"
    >
      <ol className="space-y-2">
        {rows.map((s, i) => (
          <li key={s.id} className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3">
            <span className="w-6 pb-2 text-sm text-muted">{i + 1}.</span>
            <div className="min-w-48 flex-1">
              <label htmlFor={`stage-name-${s.id}`} className="mb-1 block text-xs font-medium">Name ({s.key}{s.isWon ? ', won' : s.isLost ? ', lost' : ''})</label>
              <input id={`stage-name-${s.id}`} value={s.name} required maxLength={60} onChange={(e) => update(i, { name: e.target.value })} className={inputClass} />
            </div>
            <div className="w-32">
              <label htmlFor={`stage-prob-${s.id}`} className="mb-1 block text-xs font-medium">Probability %</label>
              <input id={`stage-prob-${s.id}`} type="number" min={0} max={100} value={s.probability} onChange={(e) => update(i, { probability: Number(e.target.value) })} className={inputClass} />
            </div>
            <div className="flex gap-1 pb-1">
              <Button variant="secondary" aria-label={`Move ${s.name} up`} disabled={i === 0} onClick={() => swap(i, i - 1)}>↑</Button>
              <Button variant="secondary" aria-label={`Move ${s.name} down`} disabled={i === rows.length - 1} onClick={() => swap(i, i + 1)}>↓</Button>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save pipeline'}</Button>
        <p role="status" aria-live="polite" className={`text-sm ${message?.error ? 'text-red-700 dark:text-red-400' : 'text-muted'}`}>{message?.text}</p>
      </div>
    </form>
  );
}
