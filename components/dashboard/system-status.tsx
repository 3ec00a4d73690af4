import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import type { CheckStatus, Health } from '@/lib/system/health';

const TONE: Record<CheckStatus, BadgeTone> = { ok: 'good', degraded: 'warning', down: 'critical' };
const LABEL: Record<CheckStatus, string> = { ok: 'Healthy', degraded: 'Degraded', down: 'Down' };

const NAMES = { database: 'Database', realtime: 'Realtime', scheduler: 'Scheduler', outbox: 'Outbox' } as const;

function detailOf(name: keyof typeof NAMES, check: Health['checks'][keyof typeof NAMES]) {
  if (check.detail) return String(check.detail);
  if (name === 'outbox') return `${check.pending ?? 0} waiting, ${check.failed ?? 0} failed`;
  if (name === 'scheduler' && check.lastJob) return `last job: ${check.lastJob}`;
  if (name === 'realtime' && typeof check.channels === 'number') return `${check.channels} channels open`;
  return check.latencyMs !== undefined ? `${check.latencyMs} ms` : '';
}

export function SystemStatus({ health }: { health: Health }) {
  return (
    <>
      <dl className="space-y-2" data-testid="system-status">
        {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((name) => {
          const check = health.checks[name];
          return (
            <div key={name} className="flex items-center justify-between gap-3">
              <dt className="text-sm">
                {NAMES[name]}
                <span className="block text-xs text-muted">{detailOf(name, check)}</span>
              </dt>
              <dd>
                <Badge tone={TONE[check.status]}>{LABEL[check.status]}</Badge>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 text-xs text-muted">
        Checked <LocalTime iso={health.timestamp} mode="time" />
      </p>
    </>
  );
}
