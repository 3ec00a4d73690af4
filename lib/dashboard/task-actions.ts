// What people do with a task from the email detail page: reply, assign, change unit or priority, close, reopen.
// Each is one transaction with its audit entry; listeners are told after commit.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { Priority, type TaskStatus } from '@/lib/generated/sqlite/enums';
import { recordActivity, type Actor } from '@/lib/audit';
import { companyConfig } from '@/lib/config/company';
import { announceNotifications, createNotification } from '@/lib/notifications';
import { conflict, notFound, unprocessable } from '@/lib/http/problem';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { createCsatInvitation } from '@/lib/kpi/csat';
import { slaDueAt, slaMinutesOf } from '@/lib/email/sla';
import { replyHtml, replyText } from './reply-format';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export const taskAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), assigneeId: z.string().min(1).nullable() }),
  z.object({ action: z.literal('change_unit'), unit: z.string().regex(/^[a-z0-9_]+$/) }),
  z.object({ action: z.literal('change_priority'), priority: z.enum(Object.values(Priority) as [Priority, ...Priority[]]) }),
  z.object({ action: z.literal('close') }),
  z.object({ action: z.literal('reopen') }),
]);
export type TaskAction = z.infer<typeof taskAction>;

export const replyInput = z.object({ body: z.string().trim().min(1, 'write a reply').max(50_000) });

/** The unit's promise for the priority, counted from when the email arrived. */
const dueFor = (receivedAt: Date, unit: Parameters<typeof slaMinutesOf>[0], priority: Priority) => slaDueAt(receivedAt, slaMinutesOf(unit)[priority]);

const taskSnapshot = {
  id: true,
  status: true,
  priority: true,
  slaDueAt: true,
  assigneeId: true,
  businessUnitId: true,
  firstResponseAt: true,
  closedAt: true,
  emailId: true,
  email: { select: { subject: true, receivedAt: true } },
} as const;

async function loadTask(tx: Tx, id: string) {
  const task = await tx.task.findUnique({ where: { id }, select: taskSnapshot });
  if (!task) throw notFound('The task');
  return task;
}

const auditable = (t: Awaited<ReturnType<typeof loadTask>>) => ({
  status: t.status,
  priority: t.priority,
  slaDueAt: t.slaDueAt,
  assigneeId: t.assigneeId,
  businessUnitId: t.businessUnitId,
  closedAt: t.closedAt,
});

/** Work in progress needs someone doing it: without an assignee the task waits in the unit's open queue again. */
const unassignedStatus = (status: TaskStatus) => (status === 'IN_PROGRESS' ? { status: 'OPEN' as const } : {});

/** Setting what is already set changes nothing, so nothing is written, audited or announced (units: see below). */
function changesNothing(action: TaskAction, before: { assigneeId: string | null; priority: string }) {
  if (action.action === 'assign') return (action.assigneeId ?? null) === before.assigneeId;
  if (action.action === 'change_priority') return action.priority === before.priority;
  return false;
}

export async function applyTaskAction(taskId: string, action: TaskAction, actor: Actor) {
  const { task, created, changed } = await db.$transaction(async (tx) => {
    const before = await loadTask(tx, taskId);
    const unchanged = { task: before, created: [], changed: false };
    if (changesNothing(action, before)) return unchanged;
    const notices = [];
    let data: Parameters<Tx['task']['update']>[0]['data'];
    switch (action.action) {
      case 'assign': {
        if (action.assigneeId) {
          const user = await tx.user.findUnique({ where: { id: action.assigneeId }, select: { active: true, role: true } });
          if (!user?.active || !['ADMIN', 'MANAGER', 'AGENT'].includes(user.role))
            throw unprocessable('The assignee must be an active staff member who works the inbox.', { errors: [{ field: 'body.assigneeId', message: 'is not an active staff member who works the inbox' }] });
          if (action.assigneeId !== actor.actorId)
            notices.push(
              await createNotification(tx, {
                userId: action.assigneeId,
                kind: 'assignment',
                title: `Assigned to you: ${before.email.subject}`,
                body: `${actor.actorName} assigned this email to you.`,
                link: `/emails/${before.emailId}`,
              }),
            );
        }
        data = { assigneeId: action.assigneeId, ...(action.assigneeId ? before.status === 'OPEN' && { status: 'IN_PROGRESS' as const } : unassignedStatus(before.status)) };
        break;
      }
      case 'change_unit': {
        const unit = await tx.businessUnit.findUnique({ where: { key: action.unit } });
        if (!unit) throw unprocessable(`There is no business unit "${action.unit}".`, { errors: [{ field: 'body.unit', message: 'is not a business unit' }] });
        if (unit.id === before.businessUnitId) return unchanged;
        await tx.email.update({ where: { id: before.emailId }, data: { businessUnitId: unit.id } });
        // The new unit picks its own person: the task leaves its assignee behind.
        data = { businessUnitId: unit.id, assigneeId: null, ...unassignedStatus(before.status), slaDueAt: dueFor(before.email.receivedAt, unit, before.priority) };
        break;
      }
      case 'change_priority': {
        const unit = await tx.businessUnit.findUniqueOrThrow({ where: { id: before.businessUnitId } });
        await tx.email.update({ where: { id: before.emailId }, data: { priority: action.priority } });
        data = { priority: action.priority, slaDueAt: dueFor(before.email.receivedAt, unit, action.priority) };
        break;
      }
      case 'close':
        if (before.status === 'CLOSED') throw conflict('The task is already closed.');
        data = { status: 'CLOSED', closedAt: new Date() };
        break;
      case 'reopen':
        if (before.status !== 'CLOSED') throw conflict('The task is already open.');
        data = { status: 'OPEN', closedAt: null };
        break;
    }
    const after = await tx.task.update({ where: { id: taskId }, data, select: taskSnapshot });
    await recordActivity(tx, actor, { action: `task.${action.action}`, entityType: 'task', entityId: taskId, before: auditable(before), after: auditable(after) });
    return { task: after, created: notices, changed: true };
  });
  if (!changed) return task;
  await announceNotifications(created);
  await publish(CHANNELS.staff, EVENTS.emailUpdated, { id: task.emailId, taskId, action: action.action });
  return task;
}

/** A staff reply: queued in the outbox with a rating link, and the first response time recorded if this is it. */
export async function replyToTask(taskId: string, body: string, actor: Actor) {
  const { company } = companyConfig();
  const result = await db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({
      where: { id: taskId },
      select: {
        id: true,
        status: true,
        firstResponseAt: true,
        businessUnit: { select: { id: true, email: true } },
        email: { select: { id: true, messageId: true, references: true, subject: true, fromAddress: true } },
      },
    });
    if (!task) throw notFound('The task');
    const { email } = task;
    if (!email.fromAddress.trim())
      throw unprocessable('This email has no sender address to reply to.', { errors: [{ field: 'email.from', message: 'this email has no sender address to reply to' }] });
    const invitation = await createCsatInvitation(tx, { emailId: email.id, businessUnitId: task.businessUnit.id, customerEmail: email.fromAddress });
    const references = [...(Array.isArray(email.references) ? (email.references as string[]) : []), email.messageId].join(' ');
    const outbox = await tx.outboxMessage.create({
      data: {
        kind: 'reply',
        messageId: `<${randomUUID()}@${company.domain}>`,
        fromAddress: task.businessUnit.email,
        toAddress: email.fromAddress,
        subject: /^(re|aw):/i.test(email.subject) ? email.subject : `Re: ${email.subject}`,
        text: `${replyText(body)}\n\n${company.signature.trim()}\n\n${invitation.text}`,
        html: `${replyHtml(body)}\n<p>${company.signature.trim().replace(/\n/g, '<br>')}</p>\n${invitation.html}`,
        headers: { 'In-Reply-To': email.messageId, References: references },
        emailId: email.id,
      },
      select: { id: true, messageId: true },
    });
    const now = new Date();
    const updated = await tx.task.update({
      where: { id: taskId },
      data: { firstResponseAt: task.firstResponseAt ?? now, ...(task.status !== 'CLOSED' && { status: 'WAITING' as const }) },
      select: { firstResponseAt: true, status: true },
    });
    await recordActivity(tx, actor, {
      action: 'task.replied',
      entityType: 'task',
      entityId: taskId,
      before: { status: task.status, firstResponseAt: task.firstResponseAt },
      after: { ...updated, outboxId: outbox.id },
    });
    return { outbox, emailId: email.id, firstResponse: !task.firstResponseAt };
  });
  await publish(CHANNELS.staff, EVENTS.emailUpdated, { id: result.emailId, taskId, action: 'reply' });
  return result;
}
