const tones = {
  neutral: 'bg-subtle text-fg',
  good: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  critical: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200',
  royal: 'bg-royal-100 text-royal-900 dark:bg-royal-800 dark:text-royal-100',
  gold: 'bg-gold-300 text-royal-950',
  purple: 'bg-purple-royal/15 text-purple-royal dark:bg-purple-royal/40 dark:text-purple-100',
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
