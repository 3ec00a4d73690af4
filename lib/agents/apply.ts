// Carries out the agents' decisions for a batch of emails in one transaction: each task is claimed with its new
// state (only while still unreviewed, open and untaken), drafts are written, finished emails marked auto-handled,
// the people handed work notified, and every decision audited. Emails decided alike share their statements.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { agentActor } from '@/lib/audit';
import { bind, insertRows, type ColumnSpec } from '@/lib/email/bulk-insert';
import { ensureOrderCounter } from '@/lib/shop/order-number';
import type { OrderWithItems } from '@/lib/shop/order-queries';
import { leastLoaded, type Member } from './assign';
import type { AgentDecision } from './decide';
import { createDraftOrder, draftCustomers } from './draft-order';
import type { AgentTask } from './facts';
import { formatMoney } from './invoice-facts';
import { unitMembers, withOpenTasks } from './people';

export type AgentOutcome = {
  emailId: string;
  taskId: string;
  agent: string;
  outcome: AgentDecision['outcome'];
  reason: string;
  assignee: { id: string; name: string } | null;
  orderId: string | null;
};

type Announced = { id: string; userId: string; title: string; kind: string };
export type AppliedDecisions = { outcomes: AgentOutcome[]; notifications: Announced[]; orders: OrderWithItems[] };

export type DecidedTask = { task: AgentTask; decision: AgentDecision };
/** `answeredAt`: when the courtesy reply to the email was queued, its first response if the agent finishes it. */
type Planned = DecidedTask & { member: Member | null; answeredAt: Date | null };

/** Someone else decided on a task of the batch meanwhile: the caller redoes the batch one email at a time. */
class ClaimLost extends Error {}

// Drafting an order waits for the order counter row, which checkouts hold briefly.
const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;

// Audit entries and notifications of a batch go in as one multi-row INSERT each (createMany is several times slower).
const ts = 'timestamp(3)' as const;
const ACTIVITY_COLUMNS: ColumnSpec<Prisma.ActivityCreateManyInput> = { id: null, actorType: null, actorId: null, actorName: null, action: null, entityType: null, entityId: null, after: 'jsonb', createdAt: ts };
const NOTIFICATION_COLUMNS: ColumnSpec<Prisma.NotificationCreateManyInput> = { id: null, userId: null, kind: null, title: null, body: null, link: null, createdAt: ts };

/** The task's new state: skipped tasks are only marked reviewed; the others must still be open and untaken. */
function taskChange({ decision, member, answeredAt }: Planned, now: Date) {
  if (decision.outcome === 'skipped') return { kind: 'skip', status: null, closedAt: null, reason: null, assigneeId: null, firstResponseAt: null };
  if (decision.outcome === 'handed_off') {
    // Handed outside the unit (a rep answering their own outreach): the unit's queue and SLA are done with it.
    const leaves = !!decision.to;
    return { kind: 'hand', status: leaves ? 'CLOSED' : null, closedAt: leaves ? now : null, reason: decision.reason, assigneeId: member?.id ?? null, firstResponseAt: null };
  }
  return { kind: 'close', status: 'CLOSED', closedAt: now, reason: null, assigneeId: null, firstResponseAt: answeredAt };
}

/**
 * Claims the tasks with their new state in one statement; returns the ids claimed. A task is claimed only while no
 * agent reviewed it and, unless skipped, while it is open and untaken.
 */
async function claimTasks(tx: Prisma.TransactionClient, planned: Planned[], now: Date): Promise<Set<string>> {
  const rows = planned.map((p) => {
    const c = taskChange(p, now);
    return Prisma.sql`(${p.task.taskId}, ${c.kind}, ${bind(c.status, '"TaskStatus"')}, ${bind(c.closedAt, ts)}, ${c.reason}, ${c.assigneeId}, ${bind(c.firstResponseAt, ts)})`;
  });
  const claimed = await tx.$queryRaw<{ id: string }[]>`UPDATE "Task" SET "agentReviewedAt" = ${bind(now, ts)}, "updatedAt" = ${bind(now, ts)},
      "status" = COALESCE(v.column3, "Task"."status"), "closedAt" = COALESCE(v.column4, "Task"."closedAt"),
      "handoffReason" = CASE WHEN v.column2 = 'skip' THEN "Task"."handoffReason" ELSE v.column5 END,
      "assigneeId" = COALESCE(v.column6, "Task"."assigneeId"), "firstResponseAt" = COALESCE(v.column7, "Task"."firstResponseAt")
    FROM (VALUES ${Prisma.join(rows)}) AS v
    WHERE "Task"."id" = v.column1 AND "Task"."agentReviewedAt" IS NULL AND (v.column2 = 'skip' OR ("Task"."status" = 'OPEN' AND "Task"."assigneeId" IS NULL))
    RETURNING "Task"."id"`;
  return new Set(claimed.map((t) => t.id));
}

/** Tasks that would get the same new state, decided alike: they are claimed together or the batch is redone. */
const sameChange = (p: Planned) => {
  const c = taskChange(p, new Date(0));
  return `${c.kind}|${c.status ?? ''}|${c.assigneeId ?? ''}|${c.reason ?? ''}|${c.firstResponseAt ? +c.firstResponseAt : ''}`;
};

function decisionEntry({ task, decision, member, answeredAt }: Planned, action: string, orderOf: Map<string, OrderWithItems>, now: Date): Prisma.ActivityCreateManyInput {
  const after: Record<string, unknown> = { reason: decision.reason, taskId: task.taskId };
  if (decision.outcome === 'handed_off') {
    after.assignee = member ? { id: member.id, name: member.name, openTasks: member.open } : null;
    if (!member) after.queue = `${task.unit.name} has no members: it waits in the unit's queue`;
  }
  if (decision.outcome === 'auto_handled') {
    const work = decision.work;
    const order = orderOf.get(task.emailId);
    if (work.kind === 'draft_order' && order) after.order = { id: order.id, number: order.number, totalCents: order.totalCents, lines: work.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lineCents: l.lineCents })) };
    if (work.kind === 'file_invoice') after.invoice = { number: work.number, amountCents: work.total.cents, currency: work.total.currency, amount: formatMoney(work.total), document: work.document };
    after.firstResponseAt = answeredAt?.toISOString() ?? null;
  }
  return { id: randomUUID(), ...agentActor(task.unit.key), action, entityType: 'email', entityId: task.emailId, after: after as Prisma.InputJsonValue, createdAt: now };
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** `failure`: the hand-over is the agent giving up on an email it could not process (audited as agent.failed). */
export async function applyDecisions(decided: readonly DecidedTask[], now: Date, { failure = false } = {}): Promise<AppliedDecisions> {
  const applied: AppliedDecisions = { outcomes: [], notifications: [], orders: [] };
  const isDraft = (d: AgentDecision) => d.outcome === 'auto_handled' && d.work.kind === 'draft_order';
  const drafts = decided.filter((d) => isDraft(d.decision));
  const finishedIds = decided.filter((d) => d.decision.outcome === 'auto_handled').map((d) => d.task.emailId);
  const named = decided.flatMap((d) => (d.decision.outcome === 'handed_off' && d.decision.to ? [d.decision.to] : []));
  const [members, customers, replies, outsiders] = await Promise.all([
    unitMembers(decided.filter((d) => d.decision.outcome === 'handed_off' && !d.decision.to).map((d) => d.task.unit.id)),
    draftCustomers(drafts.map((d) => d.task.customer!.id)),
    finishedIds.length ? db.outboxMessage.findMany({ where: { emailId: { in: finishedIds }, kind: 'auto_reply' }, select: { emailId: true, createdAt: true } }) : [],
    withOpenTasks([...new Map(named.map((p) => [p.id, p])).values()]),
    drafts.length ? ensureOrderCounter(db, now.getUTCFullYear()) : null,
  ]);
  const outsider = new Map(outsiders.map((m) => [m.id, m]));
  const repliedAt = new Map(replies.map((r) => [r.emailId, r.createdAt]));
  // Assignment by workload; each hand-over raises the member's count, so a batch spreads over the unit.
  const planned: Planned[] = decided.map((d) => {
    const to = d.decision.outcome === 'handed_off' ? d.decision.to : undefined;
    const member = d.decision.outcome !== 'handed_off' ? null : to ? outsider.get(to.id)! : leastLoaded(members.get(d.task.unit.id) ?? []);
    if (member) member.open++;
    return { ...d, member, answeredAt: d.decision.outcome === 'auto_handled' ? (repliedAt.get(d.task.emailId) ?? null) : null };
  });

  await db.$transaction(async (tx) => {
    const claimedIds = planned.length ? await claimTasks(tx, planned, now) : new Set<string>();
    const claimed: Planned[] = [];
    for (const group of groupBy(planned, sameChange)) {
      const count = group.filter((p) => claimedIds.has(p.task.taskId)).length;
      if (count === group.length) claimed.push(...group);
      else if (group.length > 1 && group[0].decision.outcome !== 'skipped') throw new ClaimLost(`${group.length - count} of ${group.length} tasks were decided elsewhere`);
    }
    const decisions = claimed.filter((p) => p.decision.outcome !== 'skipped');
    const entries: Prisma.ActivityCreateManyInput[] = [];
    const orderOf = new Map<string, OrderWithItems>();
    for (const p of decisions) {
      const d = p.decision;
      if (d.outcome !== 'auto_handled' || d.work.kind !== 'draft_order') continue;
      const { order, activity } = await createDraftOrder(tx, p.task, d.work, customers.get(p.task.customer!.id)!, now);
      orderOf.set(p.task.emailId, order);
      applied.orders.push(order);
      entries.push({ id: randomUUID(), ...activity, createdAt: now });
    }
    const finished = decisions.filter((p) => p.decision.outcome === 'auto_handled');
    if (finished.length) {
      const rows = finished.map((p) => Prisma.sql`(${p.task.emailId}, ${p.task.unit.key})`);
      await tx.$executeRaw`UPDATE "Email" SET "autoHandled" = TRUE, "autoHandledBy" = v.column2 FROM (VALUES ${Prisma.join(rows)}) AS v WHERE "Email"."id" = v.column1`;
    }
    const action = (p: Planned) => (p.decision.outcome === 'auto_handled' ? 'agent.auto_handled' : failure ? 'agent.failed' : 'agent.handed_off');
    entries.push(...decisions.map((p) => decisionEntry(p, action(p), orderOf, now)));
    // Someone outside the unit (a rep given a reply to their outreach) hears of it from the sales monitor instead.
    const notices = decisions.flatMap(({ task, decision, member }) =>
      member && !(decision.outcome === 'handed_off' && decision.to)
        ? [{ id: randomUUID(), userId: member.id, kind: 'assignment', title: `Assigned to you: ${task.subject || '(no subject)'}`, body: `The ${task.unit.name} agent handed this email to you: ${decision.reason}`, link: `/emails/${task.emailId}`, createdAt: now }]
        : [],
    );
    for (const insert of [...insertRows('Activity', ACTIVITY_COLUMNS, entries, tx), ...insertRows('Notification', NOTIFICATION_COLUMNS, notices, tx)]) await insert;
    applied.notifications.push(...notices);
    applied.outcomes = claimed.map(({ task, decision, member }) => ({
      emailId: task.emailId,
      taskId: task.taskId,
      agent: task.unit.key,
      outcome: decision.outcome,
      reason: decision.reason,
      assignee: member && { id: member.id, name: member.name },
      orderId: orderOf.get(task.emailId)?.id ?? null,
    }));
  }, TX_OPTIONS);
  return applied;
}
