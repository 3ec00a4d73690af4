import { Card } from '@/components/ui/card';
import type { ScoreComponent } from '@/lib/kpi/score';

/** The overall score with its parts, so the figure can be traced back to what it is made of. */
export function ScoreCard({ score, components }: { score: number | null; components: ScoreComponent[] }) {
  return (
    <Card className="bg-gradient-to-br from-royal-900 to-purple-royal text-white">
      <p className="text-sm text-royal-100">Overall score</p>
      <p className="font-serif text-5xl text-gold-300" data-testid="overall-score">{score === null ? '—' : Math.round(score)}</p>
      <details className="mt-2 text-xs text-royal-100">
        <summary className="cursor-pointer">How it is computed</summary>
        <p className="mt-1">100 × Σ weight × attainment ÷ Σ weights of the measured parts; attainment is how far a KPI reaches its target, capped at 1.</p>
        <ul className="mt-1 space-y-0.5">
          {components.map((c) => (
            <li key={c.key}>
              {c.label}: weight {c.weight} · attainment {c.attainment === null ? 'not measured' : c.attainment.toFixed(2)}
            </li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
