// What the email detail page shows beside the email itself: its thread, what went out in answer, the audit
// trail of the email and its task (with the names of the people and units it refers to), and the people a task can be
// assigned to.
import { agentNames } from '@/lib/audit';
import { db } from '@/lib/db';

const THREAD_LIMIT = 50;
const TRAIL_LIMIT = 40;

export async function emailWorkspace(email: { id: string; threadId: string; taskId: string | null }) {
  const [thread, outbox, trail, everyone, units] = await Promise.all([
    db.email.findMany({
      where: { threadId: email.threadId },
      orderBy: { receivedAt: 'asc' },
      take: THREAD_LIMIT,
      select: { id: true, subject: true, fromAddress: true, fromName: true, receivedAt: true, direction: true, type: true },
    }),
    db.outboxMessage.findMany({
      where: { email: { threadId: email.threadId } },
      orderBy: { createdAt: 'asc' },
      take: THREAD_LIMIT,
      select: { id: true, kind: true, template: true, subject: true, toAddress: true, fromAddress: true, text: true, status: true, createdAt: true, sentAt: true, lastError: true, emailId: true },
    }),
    db.activity.findMany({
      where: { OR: [{ entityType: 'email', entityId: email.id }, ...(email.taskId ? [{ entityType: 'task', entityId: email.taskId }] : [])] },
      orderBy: { createdAt: 'desc' },
      take: TRAIL_LIMIT,
      select: { id: true, action: true, actorType: true, actorId: true, actorName: true, createdAt: true, before: true, after: true },
    }),
    // Former staff too: the trail may name them, only active people may be assigned.
    db.user.findMany({ where: { role: { in: ['ADMIN', 'MANAGER', 'AGENT'] } }, select: { id: true, name: true, role: true, active: true }, orderBy: { name: 'asc' } }),
    db.businessUnit.findMany({ select: { id: true, key: true, name: true } }),
  ]);
  const staff = everyone.filter((u) => u.active).map(({ id, name, role }) => ({ id, name, role }));
  const names = {
    people: new Map(everyone.map((p) => [p.id, p.name])),
    units: new Map(units.map((u) => [u.id, u.name])),
    agents: agentNames(units),
  };
  return { thread, outbox, trail, staff, names };
}

export type EmailWorkspace = Awaited<ReturnType<typeof emailWorkspace>>;
