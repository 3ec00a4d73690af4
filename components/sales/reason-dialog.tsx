'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

export type ReasonRequest = { title: string; resolve: (reason: string | null) => void };

/** Won and Lost need a reason: a modal dialog asks for it (Escape or Cancel aborts the move). */
export function ReasonDialog({ request }: { request: ReasonRequest | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (request) {
      setReason('');
      ref.current?.showModal();
    } else ref.current?.close();
  }, [request]);
  const finish = (value: string | null) => {
    ref.current?.close();
    request?.resolve(value);
  };
  return (
    <dialog ref={ref} aria-labelledby="reason-title" onCancel={() => finish(null)} className="m-auto w-full max-w-md rounded-xl border border-border bg-card p-6 text-fg backdrop:bg-royal-950/60">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) finish(reason.trim());
        }}
        className="space-y-4"
      >
        <h2 id="reason-title" className="font-serif text-xl">{request?.title}</h2>
        <div className="space-y-1">
          <label htmlFor="move-reason" className="block text-sm font-medium">Reason</label>
          <textarea id="move-reason" required maxLength={500} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => finish(null)}>Cancel</Button>
          <Button type="submit" disabled={!reason.trim()}>Save</Button>
        </div>
      </form>
    </dialog>
  );
}
