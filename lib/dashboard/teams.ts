// Business units with their people: who is in which unit, their open tasks and how well they keep SLAs,
// and the admin changes to membership and a unit's SLA minutes (each audited).
import { z } from 'zod';
import { db } from '@/lib/db';
import { OPEN_TASK_STATUSES } from '@/lib/email/sla';
import { recordActivity, type Actor } from '@/lib/audit';
import { notFound, unprocessable } from '@/lib/http/problem';
import { slaKeptWhere, slaWhere } from '@/lib/email/queries';
import { invalidatePipelineDirectory } from '@/lib/email/directory';
import { slaComplianceOf } from '@/lib/kpi/measures';

/** SLA performance looks at tasks created in this window. */
export const PERFORMANCE_DAYS = 30;
const TEAM_ROLES = ['ADMIN', 'MANAGER', 'AGENT'] as const;

export type Member = { id: string; name: string; email: string; role: string; openTasks: number; tasks: number; breached: number; slaCompliance: number | null };
export type Team = { key: string; name: string; email: string; specialization: string; sla: { urgent: number; high: number; normal: number; low: number }; members: Member[] };

export async function teamsOverview(now = new Date()): Promise<{ teams: Team[]; staff: { id: string; name: string; unitKey: string | null }[] }> {
  const since = new Date(+now - PERFORMANCE_DAYS * 86_400_000);
  const [units, staff, open, assigned, kept, breached] = await Promise.all([
    db.businessUnit.findMany({
      orderBy: { name: 'asc' },
      include: { members: { where: { active: true }, select: { id: true, name: true, email: true, role: true }, orderBy: { name: 'asc' } } },
    }),
    db.user.findMany({ where: { active: true, role: { in: [...TEAM_ROLES] } }, select: { id: true, name: true, businessUnit: { select: { key: true } } }, orderBy: { name: 'asc' } }),
    db.task.groupBy({ by: ['assigneeId'], where: { status: { in: [...OPEN_TASK_STATUSES] }, assigneeId: { not: null } }, _count: { _all: true } }),
    db.task.groupBy({ by: ['assigneeId'], where: { assigneeId: { not: null }, createdAt: { gte: since } }, _count: { _all: true } }),
    db.task.groupBy({ by: ['assigneeId'], where: { assigneeId: { not: null }, createdAt: { gte: since }, AND: [slaKeptWhere()] }, _count: { _all: true } }),
    db.task.groupBy({ by: ['assigneeId'], where: { assigneeId: { not: null }, createdAt: { gte: since }, AND: [slaWhere('breached', now)] }, _count: { _all: true } }),
  ]);
  const countOf = (rows: { assigneeId: string | null; _count: { _all: number } }[], id: string) => rows.find((r) => r.assigneeId === id)?._count._all ?? 0;
  return {
    teams: units.map((u) => ({
      key: u.key,
      name: u.name,
      email: u.email,
      specialization: u.specialization,
      sla: { urgent: u.slaUrgentMinutes, high: u.slaHighMinutes, normal: u.slaNormalMinutes, low: u.slaLowMinutes },
      members: u.members.map((m) => {
        const late = countOf(breached, m.id);
        return { ...m, openTasks: countOf(open, m.id), tasks: countOf(assigned, m.id), breached: late, slaCompliance: slaComplianceOf(countOf(kept, m.id), late) };
      }),
    })),
    staff: staff.map((s) => ({ id: s.id, name: s.name, unitKey: s.businessUnit?.key ?? null })),
  };
}

const minutes = z.number('enter the minutes').int('whole minutes only').positive('at least 1 minute').max(60 * 24 * 30, 'at most 30 days (43200 minutes)');
const SLA_ORDER = ['urgent', 'high', 'normal', 'low'] as const;
const label = (p: string) => p[0].toUpperCase() + p.slice(1);
export const slaInput = z.object({ urgent: minutes, high: minutes, normal: minutes, low: minutes }).superRefine((sla, ctx) => {
  // Either side of an inverted pair may be the one typed wrong, so both are named, each against the other.
  for (let i = 1; i < SLA_ORDER.length; i++) {
    const [urgent, lax] = [SLA_ORDER[i - 1], SLA_ORDER[i]];
    if (sla[urgent] <= sla[lax]) continue;
    ctx.addIssue({ code: 'custom', path: [urgent], message: `must not be longer than ${label(lax)} (${sla[lax]} min)` });
    ctx.addIssue({ code: 'custom', path: [lax], message: `must not be shorter than ${label(urgent)} (${sla[urgent]} min)` });
  }
});
export const memberInput = z.object({ userId: z.string().min(1) });

async function unitByKey(key: string) {
  const unit = await db.businessUnit.findUnique({ where: { key } });
  if (!unit) throw notFound(`The business unit "${key}"`);
  return unit;
}

/** A person belongs to one unit; adding them here moves them from any other. */
export async function addMember(unitKey: string, userId: string, actor: Actor) {
  const unit = await unitByKey(unitKey);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true, businessUnitId: true } });
    if (!user?.active || !(TEAM_ROLES as readonly string[]).includes(user.role)) throw unprocessable('Only active admins, managers and agents can join a unit.', { errors: [{ field: 'body.userId', message: 'is not an active admin, manager or agent' }] });
    await tx.user.update({ where: { id: userId }, data: { businessUnitId: unit.id } });
    await recordActivity(tx, actor, { action: 'team.member_added', entityType: 'business_unit', entityId: unit.id, before: { userId, unitId: user.businessUnitId }, after: { userId, unitId: unit.id } });
    return { unit: unit.key, userId };
  });
}

export async function removeMember(unitKey: string, userId: string, actor: Actor) {
  const unit = await unitByKey(unitKey);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, businessUnitId: unit.id }, data: { businessUnitId: null } });
    if (!count) throw notFound('That member of this unit');
    await recordActivity(tx, actor, { action: 'team.member_removed', entityType: 'business_unit', entityId: unit.id, before: { userId, unitId: unit.id }, after: { userId, unitId: null } });
    return { unit: unit.key, userId };
  });
}

/** New SLA minutes apply to emails arriving from now on (the pipeline's cached units are dropped after commit); tasks keep the promise made when they arrived. */
export async function setUnitSla(unitKey: string, sla: z.infer<typeof slaInput>, actor: Actor) {
  const unit = await unitByKey(unitKey);
  const before = { urgent: unit.slaUrgentMinutes, high: unit.slaHighMinutes, normal: unit.slaNormalMinutes, low: unit.slaLowMinutes };
  const result = await db.$transaction(async (tx) => {
    await tx.businessUnit.update({ where: { id: unit.id }, data: { slaUrgentMinutes: sla.urgent, slaHighMinutes: sla.high, slaNormalMinutes: sla.normal, slaLowMinutes: sla.low } });
    await recordActivity(tx, actor, { action: 'unit.sla_changed', entityType: 'business_unit', entityId: unit.id, before, after: sla });
    return { unit: unit.key, sla };
  });
  invalidatePipelineDirectory();
  return result;
}
