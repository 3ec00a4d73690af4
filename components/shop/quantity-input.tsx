'use client';

import { inputClass } from '@/components/ui/field';

/** A number field with − and + buttons; the value stays between 1 and `max`. */
export function QuantityInput({ id, label, value, max, onChange }: { id: string; label: string; value: number; max: number; onChange: (n: number) => void }) {
  const set = (n: number) => onChange(Math.max(1, Math.min(max, Math.floor(n) || 1)));
  return (
    <div className="inline-flex items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <button type="button" onClick={() => set(value - 1)} disabled={value <= 1} className="h-9 w-9 rounded-md border border-border hover:bg-subtle disabled:opacity-40" aria-label={`Decrease ${label.toLowerCase()}`}>
        −
      </button>
      <input id={id} type="number" inputMode="numeric" min={1} max={max} value={value} onChange={(e) => set(Number(e.target.value))} className={`${inputClass} w-20 text-center`} />
      <button type="button" onClick={() => set(value + 1)} disabled={value >= max} className="h-9 w-9 rounded-md border border-border hover:bg-subtle disabled:opacity-40" aria-label={`Increase ${label.toLowerCase()}`}>
        +
      </button>
    </div>
  );
}
