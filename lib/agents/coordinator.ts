// The SLA coordinator (the "sla" cron job): first sends tasks no agent reviewed through their unit's agent, then
// escalates unanswered tasks nearing or past their SLA (see escalation.ts for the rules). Every step is a
// conditional update, so a second run, or two at once, escalates nothing twice; notifications carry a dedupe key.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Priority } from '@/lib/generated/sqlite/enums';
import { agentActor, recordActivity } from '@/lib/audit';
import { announceNotifications, createNotification } from '@/lib/notifications';
import { EVENTS } from '@/lib/realtime/channels';
import { recordCronRun } from '@/lib/system/cron-runs';
import { OPEN_TASK_STATUSES, slaMinutesOf } from '@/lib/email/sla';
import { formatDuration } from '@/lib/kpi/format';
import { leastLoaded, type Member } from './assign';
import { announceToStaff } from './announce';
import { atRiskLeadMs, bumpPriority, escalationDue, type EscalationLevel } from './escalation';
import { activeManagers, unitMembers } from './people';
import { sweepUnreviewed, type SweepOptions, type SweepResult } from './run';

export const SLA_JOB = 'sla';
export const COORDINATOR_KEY = 'coordinator';
const ACTOR = agentActor(COORDINATOR_KEY);
const CHUNK = 100;

type Tx = Prisma.TransactionClient;
type Created = Awaited<ReturnType<typeof createNotification>>;
type Person = { id: string; name: string };

const candidateSelect = {
  id: true,
  emailId: true,
  priority: true,
  slaDueAt: true,
  escalationLevel: true,
  businessUnitId: true,
  assignee: { select: { id: true, name: true } },
  businessUnit: { select: { name: true } },
  email: { select: { receivedAt: true, subject: true } },
} satisfies Prisma.TaskSelect;
type Candidate = Prisma.TaskGetPayload<{ select: typeof candidateSelect }>;

export type EscalationResult = { atRisk: number; breached: number; reassigned: number; notified: number };
export type CoordinatorResult = SweepResult & EscalationResult;
export type CoordinatorOptions = SweepOptions;

const unanswered = { firstResponseAt: null, status: { in: [...OPEN_TASK_STATUSES] } };
// A rep holds a reply to their own outreach (see decide): the unit neither chases it nor takes it back.
const withTheUnit = { OR: [{ assigneeId: null }, { assignee: { role: { not: 'SALES_REP' as const } } }] };
const uniquePeople = (people: Person[]) => [...new Map(people.map((p) => [p.id, p])).values()];
const subjectOf = (t: Candidate) => t.email.subject || '(no subject)';

/** Unanswered open tasks that may need escalating: past due below level 2, or close enough to due below level 1. */
async function candidates(now: Date, limit: number, unitIds?: string[]): Promise<Candidate[]> {
  const units = await db.businessUnit.findMany({ select: { slaUrgentMinutes: true, slaHighMinutes: true, slaNormalMinutes: true, slaLowMinutes: true } });
  const lead = Math.max(0, ...units.map((u) => atRiskLeadMs(Math.max(...Object.values(slaMinutesOf(u))))));
  return db.task.findMany({
    where: {
      ...unanswered,
      ...(unitIds && { businessUnitId: { in: unitIds } }),
      AND: [withTheUnit],
      OR: [
        { escalationLevel: { lt: 2 }, slaDueAt: { lte: now } },
        { escalationLevel: { lt: 1 }, slaDueAt: { lte: new Date(+now + lead) } },
      ],
    },
    orderBy: { slaDueAt: 'asc' },
    take: limit,
    select: candidateSelect,
  });
}

async function notifyAll(tx: Tx, people: Person[], n: { kind: string; title: string; body: string; link: string; dedupeKey: string }, created: Created[]) {
  for (const p of people) created.push(await createNotification(tx, { userId: p.id, ...n }));
  return people.length;
}

async function markAtRisk(tx: Tx, t: Candidate, members: Member[], now: Date, created: Created[]): Promise<number | null> {
  const moved = await tx.task.updateMany({ where: { id: t.id, escalationLevel: { lt: 1 }, ...unanswered }, data: { escalationLevel: 1 } });
  if (!moved.count) return null;
  const left = +t.slaDueAt - +now;
  const used = Math.round((100 * (+now - +t.email.receivedAt)) / Math.max(1, +t.slaDueAt - +t.email.receivedAt));
  const people = t.assignee ? [t.assignee] : members;
  const notified = await notifyAll(
    tx,
    people,
    { kind: 'escalation', title: `SLA at risk: ${subjectOf(t)}`, body: `No response yet and ${formatDuration(left / 1000)} left before the ${t.businessUnit.name} SLA runs out.`, link: `/emails/${t.emailId}`, dedupeKey: `sla-at-risk:${t.id}` },
    created,
  );
  await recordActivity(tx, ACTOR, {
    action: 'coordinator.escalated',
    entityType: 'task',
    entityId: t.id,
    before: { escalationLevel: t.escalationLevel },
    after: { reason: `SLA at risk: ${used}% of the window used, due in ${formatDuration(left / 1000)}`, escalationLevel: 1, emailId: t.emailId, notified: people.map((p) => p.name) },
  });
  return notified;
}

async function markBreached(tx: Tx, t: Candidate, members: Member[], managers: Person[], now: Date, created: Created[]): Promise<{ notified: number; reassigned: boolean } | null> {
  const priority: Priority = bumpPriority(t.priority);
  // The assignee's own count includes this task: someone else must carry less to be worth the move.
  const pool = members.map((m) => (m.id === t.assignee?.id ? { ...m, open: m.open - 1 } : m));
  const pick = leastLoaded(pool);
  const to = pick && pick.id !== t.assignee?.id ? members.find((m) => m.id === pick.id)! : null;
  const moved = await tx.task.updateMany({
    where: { id: t.id, escalationLevel: { lt: 2 }, ...unanswered },
    data: { escalationLevel: 2, priority, ...(to && { assigneeId: to.id }) },
  });
  if (!moved.count) return null;
  await tx.email.update({ where: { id: t.emailId }, data: { priority } });
  const late = formatDuration((+now - +t.slaDueAt) / 1000);
  const owner = to ?? t.assignee;
  const link = `/emails/${t.emailId}`;
  let notified = await notifyAll(
    tx,
    uniquePeople([...members, ...managers]),
    { kind: 'sla_breach', title: `SLA breached: ${subjectOf(t)}`, body: `No response ${late} after the ${t.businessUnit.name} SLA ran out. Priority raised to ${priority}${owner ? `; with ${owner.name}` : ''}.`, link, dedupeKey: `sla-breach:${t.id}` },
    created,
  );
  await recordActivity(tx, ACTOR, {
    action: 'coordinator.escalated',
    entityType: 'task',
    entityId: t.id,
    before: { escalationLevel: t.escalationLevel, priority: t.priority },
    after: { reason: `SLA breached ${late} ago: priority ${t.priority} → ${priority}`, escalationLevel: 2, priority, emailId: t.emailId },
  });
  if (to) {
    to.open++;
    const from = members.find((m) => m.id === t.assignee?.id);
    if (from) from.open--;
    notified += await notifyAll(tx, [to], { kind: 'assignment', title: `Reassigned to you: ${subjectOf(t)}`, body: `Its SLA ran out ${late} ago; you have the lightest workload in ${t.businessUnit.name}.`, link, dedupeKey: `sla-reassigned:${t.id}` }, created);
    await recordActivity(tx, ACTOR, {
      action: 'coordinator.reassigned',
      entityType: 'task',
      entityId: t.id,
      before: { assignee: t.assignee },
      after: { reason: `reassigned by workload to ${to.name} (${to.open - 1} other open tasks)`, assignee: { id: to.id, name: to.name }, emailId: t.emailId },
    });
  }
  return { notified, reassigned: !!to };
}

export async function escalateTasks({ now = new Date(), limit = 500, unitIds }: CoordinatorOptions = {}): Promise<EscalationResult> {
  const due = (await candidates(now, limit, unitIds))
    .map((t) => ({ t, level: escalationDue({ receivedAt: t.email.receivedAt, slaDueAt: t.slaDueAt, escalationLevel: t.escalationLevel }, now) }))
    .filter((x): x is { t: Candidate; level: EscalationLevel } => x.level !== null);
  const result: EscalationResult = { atRisk: 0, breached: 0, reassigned: 0, notified: 0 };
  if (!due.length) return result;
  const [members, managers] = await Promise.all([unitMembers(due.map((d) => d.t.businessUnitId)), activeManagers()]);
  for (let i = 0; i < due.length; i += CHUNK) {
    const created: Created[] = [];
    const changed: { id: string; taskId: string; action: string }[] = [];
    await db.$transaction(async (tx) => {
      for (const { t, level } of due.slice(i, i + CHUNK)) {
        const unit = members.get(t.businessUnitId) ?? [];
        if (level === 1) {
          const notified = await markAtRisk(tx, t, unit, now, created);
          if (notified === null) continue;
          result.atRisk++;
          result.notified += notified;
        } else {
          const done = await markBreached(tx, t, unit, managers, now, created);
          if (!done) continue;
          result.breached++;
          result.notified += done.notified;
          if (done.reassigned) result.reassigned++;
        }
        changed.push({ id: t.emailId, taskId: t.id, action: level === 1 ? 'sla.at_risk' : 'sla.breached' });
      }
    });
    await announceNotifications(created);
    for (const c of changed) announceToStaff(EVENTS.emailUpdated, c);
  }
  return result;
}

/** One run of the coordinator, recorded as a CronRun of the "sla" job. */
export async function runSlaCoordinator({ now = new Date(), limit = 500, unitIds }: CoordinatorOptions = {}): Promise<CoordinatorResult> {
  return recordCronRun(SLA_JOB, async () => {
    const swept = await sweepUnreviewed({ now, limit, unitIds });
    const escalated = await escalateTasks({ now, limit, unitIds });
    announceToStaff(EVENTS.agentUpdated, { agent: COORDINATOR_KEY, ...escalated, swept: swept.reviewed, at: now.toISOString() });
    return { ...swept, ...escalated };
  });
}
