// The people agents and the coordinator hand work to: a unit's members with their open tasks, and the managers.
import { db } from '@/lib/db';
import { OPEN_TASK_STATUSES } from '@/lib/email/sla';
import type { Member } from './assign';

/** Staff who work the inbox (the same roles the email page offers for assignment). */
const INBOX_ROLES = ['ADMIN', 'MANAGER', 'AGENT'] as const;

/** unit id → its active members, each with the number of open tasks assigned to them. */
export async function unitMembers(unitIds: readonly string[]): Promise<Map<string, Member[]>> {
  const byUnit = new Map<string, Member[]>();
  if (!unitIds.length) return byUnit;
  const users = await db.user.findMany({
    where: { businessUnitId: { in: [...new Set(unitIds)] }, active: true, role: { in: [...INBOX_ROLES] } },
    select: { id: true, name: true, businessUnitId: true },
  });
  const members = await withOpenTasks(users);
  users.forEach((u, i) => byUnit.set(u.businessUnitId!, [...(byUnit.get(u.businessUnitId!) ?? []), members[i]]));
  return byUnit;
}

/** These people, each with the number of open tasks assigned to them. */
export async function withOpenTasks(people: readonly { id: string; name: string }[]): Promise<Member[]> {
  if (!people.length) return [];
  const open = await db.task.groupBy({ by: ['assigneeId'], where: { assigneeId: { in: people.map((u) => u.id) }, status: { in: [...OPEN_TASK_STATUSES] } }, _count: { _all: true } });
  const openOf = new Map(open.map((r) => [r.assigneeId, r._count._all]));
  return people.map((u) => ({ id: u.id, name: u.name, open: openOf.get(u.id) ?? 0 }));
}

export const activeManagers = () => db.user.findMany({ where: { role: 'MANAGER', active: true }, select: { id: true, name: true } });
