import type { ComponentProps } from 'react';
import { inputClass } from '@/components/ui/field';

/** A labelled select with its error at the field, matching components/ui/field. */
export function SelectField({ label, name, error, children, ...props }: ComponentProps<'select'> & { label: string; name: string; error?: string }) {
  const id = props.id ?? `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} {...props}>
        {children}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
