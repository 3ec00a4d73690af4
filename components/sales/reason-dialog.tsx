'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

export type ReasonRequest = { title: string; resolve: (reason: string | null) => void };

/** Won and Lost need a reason: a modal dialog asks for it (Escape or Cancel aborts the move). */
export function ReasonDialog({ request }: { request: ReasonRequest | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (request) {
      form.current?.reset();
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [request]);
  const finish = (value: string | null) => {
    dialog.current?.close();
    request?.resolve(value);
  };
  return (
    <dialog ref={dialog} aria-labelledby="reason-title" onCancel={() => finish(null)} className="m-auto w-full max-w-md rounded-xl border border-border bg-card p-6 text-fg backdrop:bg-royal-950/60">
      <form
        ref={form}
        onSubmit={(e) => {
          e.preventDefault();
          const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim();
          if (reason) finish(reason);
        }}
        className="space-y-4"
      >
        <h2 id="reason-title" className="font-serif text-xl">{request?.title}</h2>
        <div className="space-y-1">
          <label htmlFor="move-reason" className="block text-sm font-medium">Reason</label>
          <textarea id="move-reason" name="reason" required maxLength={500} rows={3} className={inputClass} />
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => finish(null)}>Cancel</Button>
          <Button type="submit">Save</Button>
        </div>
      </form>
    </dialog>
  );
}
