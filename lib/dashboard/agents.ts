// The automatic workers: one agent per business unit (audit actor "agent", id = unit key, see agentActor in
// lib/audit.ts) and the SLA coordinator (the "sla" cron job). Everything shown is read from what they recorded.
import { agentName } from '@/lib/audit';
import { db } from '@/lib/db';
import { OPEN_TASK_STATUSES } from '@/lib/email/sla';
import { COORDINATOR_KEY, SLA_JOB } from '@/lib/agents/coordinator';
import { ALL_SCOPE } from '@/lib/kpi/facts';
import { averageHandlingSeconds } from '@/lib/kpi/measures';
import { emptyMetrics } from '@/lib/kpi/metrics';
import { readBuckets, totalsByScope } from '@/lib/kpi/read';
import { bucketStart } from '@/lib/kpi/time';

/** Working recently: an action within this window. */
const ACTIVE_MS = 15 * 60_000;
/** An error among the actions of this window (and no success after it) means failing. */
const FAILING_MS = 60 * 60_000;
const TIMELINE = 12;
const FAILED = /(fail|error)/i;

export type AgentStatus = 'active' | 'idle' | 'failing';
export type Decision = { id: string; action: string; entityType: string; entityId: string; at: string; detail: string | null };
export type AgentView = {
  key: string;
  name: string;
  role: string;
  status: AgentStatus;
  statusReason: string;
  queue: number;
  queueLabel: string;
  processedToday: number;
  autoHandledToday: number | null;
  avgHandlingSeconds: number | null;
  escalations: number;
  escalationsLabel: string;
  lastActivityAt: string | null;
  timeline: Decision[];
};

function statusOf(recent: { action: string; createdAt: Date }[], now: Date, failedRun?: { startedAt: Date; error: string | null } | null): { status: AgentStatus; reason: string } {
  const latest = recent[0];
  if (failedRun && +now - +failedRun.startedAt < FAILING_MS) return { status: 'failing', reason: `last run failed: ${failedRun.error ?? 'unknown error'}` };
  if (latest && FAILED.test(latest.action) && +now - +latest.createdAt < FAILING_MS) return { status: 'failing', reason: `last action: ${latest.action}` };
  if (latest && +now - +latest.createdAt < ACTIVE_MS) return { status: 'active', reason: 'acted in the last 15 minutes' };
  return { status: 'idle', reason: latest ? 'no action in the last 15 minutes' : 'no action recorded yet' };
}

const detailOf = (after: unknown) => {
  if (!after || typeof after !== 'object') return null;
  const a = after as Record<string, unknown>;
  const text = a.reason ?? a.handoffReason ?? a.note ?? a.summary;
  return typeof text === 'string' ? text : null;
};

async function timelineOf(actorId: string) {
  const rows = await db.activity.findMany({
    where: { actorType: 'agent', actorId },
    orderBy: { createdAt: 'desc' },
    take: TIMELINE,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, after: true },
  });
  return rows;
}

export async function agentsOverview(now = new Date()): Promise<AgentView[]> {
  const today = bucketStart(now, 'day');
  const [units, counts, queues, escalated, atRisk, lastSla, slaRunsToday] = await Promise.all([
    db.businessUnit.findMany({ select: { id: true, key: true, name: true, specialization: true }, orderBy: { name: 'asc' } }),
    readBuckets({ from: today, to: now, g: 'day', now }).then(totalsByScope),
    db.task.groupBy({ by: ['businessUnitId'], where: { status: 'OPEN', assigneeId: null }, _count: { _all: true } }),
    db.task.groupBy({ by: ['businessUnitId'], where: { status: { in: [...OPEN_TASK_STATUSES] }, escalationLevel: { gt: 0 } }, _count: { _all: true } }),
    db.task.count({ where: { status: { in: [...OPEN_TASK_STATUSES] }, firstResponseAt: null, slaDueAt: { lt: new Date(+now + 60 * 60_000) } } }),
    db.cronRun.findFirst({ where: { job: SLA_JOB }, orderBy: { startedAt: 'desc' }, select: { startedAt: true, ok: true, error: true } }),
    db.cronRun.count({ where: { job: SLA_JOB, startedAt: { gte: today } } }),
  ]);
  const count = (rows: { businessUnitId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.businessUnitId === id)?._count._all ?? 0;

  const unitAgents = await Promise.all(
    units.map(async (u): Promise<AgentView> => {
      const timeline = await timelineOf(u.key);
      const m = counts.get(u.key) ?? emptyMetrics();
      const { status, reason } = statusOf(timeline, now);
      return {
        key: u.key,
        name: agentName(u),
        role: u.specialization,
        status,
        statusReason: reason,
        queue: count(queues, u.id),
        queueLabel: 'open, not yet taken',
        processedToday: m.received,
        autoHandledToday: m.autoHandled,
        avgHandlingSeconds: averageHandlingSeconds(m),
        escalations: count(escalated, u.id),
        escalationsLabel: 'open tasks escalated',
        lastActivityAt: timeline[0]?.createdAt.toISOString() ?? null,
        timeline: timeline.map((a) => ({ id: a.id, action: a.action, entityType: a.entityType, entityId: a.entityId, at: a.createdAt.toISOString(), detail: detailOf(a.after) })),
      };
    }),
  );

  const coordinatorTimeline = await timelineOf(COORDINATOR_KEY);
  const coordinatorStatus = statusOf(coordinatorTimeline, now, lastSla && lastSla.ok === false ? lastSla : null);
  const lastCoordinatorAt = [coordinatorTimeline[0]?.createdAt, lastSla?.startedAt].filter((d): d is Date => !!d).sort((a, b) => +b - +a)[0];
  const all = counts.get(ALL_SCOPE) ?? emptyMetrics();
  const coordinator: AgentView = {
    key: COORDINATOR_KEY,
    name: 'SLA coordinator',
    role: 'Watches every SLA: notifies, raises priority and reassigns by workload before promises are broken',
    ...(lastSla && +now - +lastSla.startedAt < ACTIVE_MS && coordinatorStatus.status === 'idle'
      ? { status: 'active' as const, statusReason: 'checked the SLAs in the last 15 minutes' }
      : { status: coordinatorStatus.status, statusReason: coordinatorStatus.reason }),
    queue: atRisk,
    queueLabel: 'unanswered, due within the hour or overdue',
    processedToday: slaRunsToday,
    autoHandledToday: null,
    avgHandlingSeconds: averageHandlingSeconds(all),
    escalations: escalated.reduce((s, r) => s + r._count._all, 0),
    escalationsLabel: 'open tasks escalated, all units',
    lastActivityAt: lastCoordinatorAt?.toISOString() ?? null,
    timeline: coordinatorTimeline.map((a) => ({ id: a.id, action: a.action, entityType: a.entityType, entityId: a.entityId, at: a.createdAt.toISOString(), detail: detailOf(a.after) })),
  };
  return [coordinator, ...unitAgents];
}
