import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Priority, Recommendation } from '@/lib/kpi/recommendations';

const TONE: Record<Priority, BadgeTone> = { high: 'critical', medium: 'warning', low: 'neutral' };

/** `measured`: whether the period holds anything to measure; an empty period meets no target, it has none to meet. */
export function RecommendationList({ items, measured }: { items: Recommendation[]; measured: boolean }) {
  if (!measured) return <p className="text-sm text-muted">Nothing arrived and nothing was ordered in this period, so there is nothing to measure against the targets.</p>;
  if (!items.length) return <p className="text-sm text-muted">Every measured figure meets its target this period — nothing to recommend.</p>;
  return (
    <ol className="space-y-4">
      {items.map((r) => (
        <li key={r.id} className="rounded-lg border border-border p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[r.priority]}>{r.priority} priority</Badge>
            <h3 className="font-serif text-lg">{r.title}</h3>
          </div>
          <p className="mt-1 text-sm">{r.description}</p>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-xs sm:grid-cols-3">
            <div><dt className="text-muted">Triggered by</dt><dd>{r.trigger.figure.replace(/_/g, ' ')} ({r.trigger.scope}) = {r.trigger.display}</dd></div>
            <div><dt className="text-muted">Expected impact</dt><dd>{r.expectedImpact}</dd></div>
            <div><dt className="text-muted">Implementation time</dt><dd>{r.implementationTime}</dd></div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
