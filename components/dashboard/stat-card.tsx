import { Card } from '@/components/ui/card';

const accents = { neutral: '', good: 'border-l-4 border-l-emerald-500', warning: 'border-l-4 border-l-amber-500', critical: 'border-l-4 border-l-red-600' } as const;

export function StatCard({ label, value, hint, tone = 'neutral' }: { label: string; value: string; hint?: React.ReactNode; tone?: keyof typeof accents }) {
  return (
    <Card className={accents[tone]}>
      <p className="text-sm text-muted">{label}</p>
      <p className="mt-1 font-serif text-3xl text-royal-900 dark:text-gold-300">{value}</p>
      {hint && <p className="mt-1 text-xs text-muted">{hint}</p>}
    </Card>
  );
}
