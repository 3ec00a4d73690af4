import type { ComponentProps } from 'react';

export function Card({ className = '', ...props }: ComponentProps<'section'>) {
  return <section className={`rounded-xl border border-border bg-card p-5 shadow-sm ${className}`} {...props} />;
}

export function CardTitle({ className = '', ...props }: ComponentProps<'h2'>) {
  return <h2 className={`mb-3 text-sm font-semibold uppercase tracking-wide text-muted ${className}`} {...props} />;
}
