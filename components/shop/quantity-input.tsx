'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { lineLimit, quantityProblem } from '@/lib/shop/quantity';

type Props = { id: string; label: string; value: number; max: number; onChange: (n: number) => void; onProblem?: (problem: string | null) => void };

/**
 * A number field with − and + buttons for 1 to `max` pieces. Typed text it cannot take (0, −5, 2.5, more than in
 * stock) stays as typed with the reason beside it, and `value` is left alone until the buyer corrects it.
 */
export function QuantityInput({ id, label, value, max, onChange, onProblem }: Props) {
  const limit = lineLimit(max);
  const [typed, setTyped] = useState<string | null>(null);
  const problem = typed === null ? null : quantityProblem(typed, limit);
  const accept = (n: number) => {
    setTyped(null);
    onProblem?.(null);
    onChange(n);
  };
  const type = (text: string) => {
    const reason = quantityProblem(text, limit);
    if (!reason) return accept(Number(text));
    setTyped(text);
    onProblem?.(reason);
  };
  const problemId = `${id}-problem`;
  return (
    <div className="space-y-1">
      <div className="inline-flex items-center gap-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <button type="button" onClick={() => accept(Math.max(1, value - 1))} disabled={value <= 1} className="h-9 w-9 rounded-md border border-border hover:bg-subtle disabled:opacity-40" aria-label={`Decrease ${label.toLowerCase()}`}>
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={limit}
          step={1}
          value={problem ? (typed ?? '') : value}
          onChange={(e) => type(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          className={`${inputClass} w-20 text-center`}
        />
        <button type="button" onClick={() => accept(Math.min(limit, value + 1))} disabled={value >= limit} className="h-9 w-9 rounded-md border border-border hover:bg-subtle disabled:opacity-40" aria-label={`Increase ${label.toLowerCase()}`}>
          +
        </button>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </div>
  );
}
