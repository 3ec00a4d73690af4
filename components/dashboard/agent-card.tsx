import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import type { AgentStatus, AgentView } from '@/lib/dashboard/agents';
import { formatDuration } from '@/lib/kpi/format';

const TONE: Record<AgentStatus, BadgeTone> = { active: 'good', idle: 'neutral', failing: 'critical' };

const linkOf = (d: AgentView['timeline'][number]) => (d.entityType === 'email' ? `/emails/${d.entityId}` : null);

export function AgentCard({ agent }: { agent: AgentView }) {
  const figures: [string, string, string?][] = [
    ['Queue', String(agent.queue), agent.queueLabel],
    [agent.autoHandledToday === null ? 'SLA checks today' : 'Processed today', String(agent.processedToday)],
    ...(agent.autoHandledToday === null ? [] : [['Auto-handled today', String(agent.autoHandledToday)] as [string, string]]),
    ['Avg. handling time', formatDuration(agent.avgHandlingSeconds), 'receipt to close, today'],
    ['Escalations', String(agent.escalations), agent.escalationsLabel],
  ];
  return (
    <Card aria-labelledby={`agent-${agent.key}`} data-agent={agent.key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`agent-${agent.key}`} className="font-serif text-lg">{agent.name}</h2>
          <p className="text-xs text-muted">{agent.role}</p>
        </div>
        <span title={agent.statusReason}>
          <Badge tone={TONE[agent.status]}>{agent.status}</Badge>
        </span>
      </div>
      <dl className="my-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
        {figures.map(([label, value, hint]) => (
          <div key={label}>
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="font-serif text-xl">{value}</dd>
            {hint && <dd className="text-xs text-muted">{hint}</dd>}
          </div>
        ))}
      </dl>
      <p className="mb-2 text-xs text-muted">
        {agent.statusReason} · last activity {agent.lastActivityAt ? <LocalTime iso={agent.lastActivityAt} mode="relative" /> : 'never'}
      </p>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Recent decisions ({agent.timeline.length})</summary>
        {agent.timeline.length ? (
          <ol className="mt-2 space-y-1 border-l-2 border-gold-500 pl-3 text-sm">
            {agent.timeline.map((d) => {
              const href = linkOf(d);
              return (
                <li key={d.id}>
                  <span className="text-xs text-muted"><LocalTime iso={d.at} mode="time" /></span> {href ? <Link href={href} className="underline">{d.action}</Link> : d.action}
                  {d.detail && <span className="block text-xs text-muted">{d.detail}</span>}
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="mt-2 text-sm text-muted">No decisions recorded yet.</p>
        )}
      </details>
    </Card>
  );
}
