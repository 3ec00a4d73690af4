import type { ComponentProps } from 'react';

export const inputClass =
  'w-full rounded-md border border-border bg-card px-3 py-2 text-sm text-fg placeholder:text-muted focus:border-royal-500 focus:outline-none aria-[invalid=true]:border-red-600';

/** A labelled input with its error shown at the field (and announced to screen readers). */
export function Field({ label, name, error, hint, ...props }: ComponentProps<'input'> & { label: string; name: string; error?: string; hint?: string }) {
  const id = props.id ?? `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} {...props} />
      {hint && !error && <p className="text-xs text-muted">{hint}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
