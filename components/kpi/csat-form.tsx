'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { RATINGS, RATING_LABELS } from '@/lib/kpi/rating-scale';

export function CsatForm({ token, preselected }: { token: string; preselected: number | null }) {
  const [rating, setRating] = useState<number | null>(preselected);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; text: string }>({ kind: 'idle' });

  if (state.kind === 'done') return <p role="status" className="text-center">Thank you most kindly — your rating helps us serve you better.</p>;

  async function submit() {
    if (!rating) return;
    setState({ kind: 'busy' });
    const res = await callApi(`/api/csat/${token}`, 'POST', { rating, ...(comment.trim() && { comment: comment.trim() }) });
    setState(res.ok ? { kind: 'done' } : { kind: 'error', text: res.detail });
  }

  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Your rating</legend>
        <div className="grid grid-cols-5 gap-1.5">
          {RATINGS.map((r) => (
            <label key={r} className={`flex cursor-pointer flex-col items-center rounded-lg border px-1 py-2 text-center has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-gold-500 ${rating === r ? 'border-gold-500 bg-gold-300/30' : 'border-border'}`}>
              <input type="radio" name="rating" value={r} checked={rating === r} onChange={() => setRating(r)} className="sr-only" />
              <span className="font-serif text-2xl">{r}</span>
              <span aria-hidden="true" className="text-xs leading-none tracking-tighter text-gold-600">{'★'.repeat(r)}</span>
              <span className="mt-1 text-xs">{RATING_LABELS[r]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="csat-comment" className="mb-1 block text-sm font-medium">Anything you would like to add? (optional)</label>
        <textarea id="csat-comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />
      </div>
      <Button type="submit" className="w-full" disabled={!rating || state.kind === 'busy'}>
        {state.kind === 'busy' ? 'Sending…' : 'Send rating'}
      </Button>
      {state.kind === 'error' && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.text}</p>}
    </form>
  );
}
