// The SLA coordinator on tasks of a unit of the test's own (see tests/agent-fixtures.ts): escalation, priority bump,
// notifications and reassignment happen once, however often it runs.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { message } from '@/tests/fixtures/email';
import { ingestDecided, moveToUnit, testUnit } from '@/tests/agent-fixtures';
import { escalateTasks, runSlaCoordinator } from './coordinator';
import { bumpPriority } from './escalation';

const HOUR = 3_600_000;

/** An inquiry received `ago` ms before now (Customer Service: 480 minutes for normal mail), moved into `unitId`. */
async function inquiry(unitId: string, ago: number, assigneeId: string | null) {
  const raw = message({ From: `Iris Test <iris.${randomUUID().slice(0, 8)}@customer.example>`, To: 'support@h-bu.de', Subject: `Question ${randomUUID()}` }, 'Could you tell us more about your buttons?');
  const { id } = await ingestDecided(raw, { receivedAt: new Date(Date.now() - ago) });
  return moveToUnit(id, unitId, { assigneeId });
}

const state = (ids: string[]) => db.task.findMany({ where: { id: { in: ids } }, select: { id: true, escalationLevel: true, priority: true, assigneeId: true }, orderBy: { id: 'asc' } });
const trail = (ids: string[]) => db.activity.findMany({ where: { entityType: 'task', entityId: { in: ids }, actorId: 'coordinator' }, select: { action: true, entityId: true, after: true } });
const noticesAbout = (emailIds: string[]) => db.notification.findMany({ where: { link: { in: emailIds.map((id) => `/emails/${id}`) } }, select: { userId: true, kind: true, dedupeKey: true, link: true } });

describe('the SLA coordinator', () => {
  it('escalates breached tasks once: priority up a step, unit and managers told, reassigned by workload', async () => {
    const { unit, ann, ben } = await testUnit();
    const older = await inquiry(unit.id, 10 * HOUR, ann.id); // due 2 h ago
    const newer = await inquiry(unit.id, 9 * HOUR, ann.id); // due 1 h ago
    const ids = [older.id, newer.id];

    const first = await escalateTasks({ unitIds: [unit.id] });
    expect(first).toMatchObject({ atRisk: 0, breached: 2, reassigned: 1 });
    const after = await state(ids);
    // Ann had both; the first breach goes to Ben (no open tasks), after which Ann carries less and keeps the second.
    expect(after.find((t) => t.id === older.id)).toMatchObject({ escalationLevel: 2, priority: bumpPriority(older.priority), assigneeId: ben.id });
    expect(after.find((t) => t.id === newer.id)).toMatchObject({ escalationLevel: 2, priority: bumpPriority(newer.priority), assigneeId: ann.id });
    expect((await db.email.findUniqueOrThrow({ where: { id: older.emailId } })).priority).toBe(bumpPriority(older.priority));

    const notices = await noticesAbout([older.emailId, newer.emailId]);
    const manager = await db.user.findUniqueOrThrow({ where: { email: 'manager@h-bu.de' } });
    for (const t of [older, newer]) {
      for (const userId of [ann.id, ben.id, manager.id]) {
        expect(notices).toContainEqual({ userId, kind: 'sla_breach', dedupeKey: `sla-breach:${t.id}`, link: `/emails/${t.emailId}` });
      }
    }
    expect(notices).toContainEqual({ userId: ben.id, kind: 'assignment', dedupeKey: `sla-reassigned:${older.id}`, link: `/emails/${older.emailId}` });

    const decisions = await trail(ids);
    expect(decisions.filter((d) => d.action === 'coordinator.escalated')).toHaveLength(2);
    expect(decisions.filter((d) => d.action === 'coordinator.reassigned')).toEqual([
      { action: 'coordinator.reassigned', entityId: older.id, after: expect.objectContaining({ assignee: { id: ben.id, name: ben.name }, emailId: older.emailId }) },
    ]);

    // A second run (and the full cron job) changes nothing about them.
    expect(await escalateTasks({ unitIds: [unit.id] })).toEqual({ atRisk: 0, breached: 0, reassigned: 0, notified: 0 });
    expect(await runSlaCoordinator({ unitIds: [unit.id] })).toMatchObject({ reviewed: 0, breached: 0, atRisk: 0 });
    expect(await state(ids)).toEqual(after);
    expect(await noticesAbout([older.emailId, newer.emailId])).toHaveLength(notices.length);
    expect(await trail(ids)).toHaveLength(decisions.length);
  });

  it('warns the assignee once when 80 % of the window has passed, without touching the priority', async () => {
    const { unit, ann } = await testUnit();
    const task = await inquiry(unit.id, 0.85 * 8 * HOUR, ann.id);
    expect(await escalateTasks({ unitIds: [unit.id] })).toEqual({ atRisk: 1, breached: 0, reassigned: 0, notified: 1 });
    expect(await state([task.id])).toEqual([{ id: task.id, escalationLevel: 1, priority: task.priority, assigneeId: ann.id }]);
    expect(await noticesAbout([task.emailId])).toContainEqual({ userId: ann.id, kind: 'escalation', dedupeKey: `sla-at-risk:${task.id}`, link: `/emails/${task.emailId}` });
    const [warning] = await trail([task.id]);
    expect(warning).toMatchObject({ action: 'coordinator.escalated', after: { escalationLevel: 1, reason: expect.stringMatching(/^SLA at risk: 8[56]% of the window used/) } });
    expect(await escalateTasks({ unitIds: [unit.id] })).toMatchObject({ atRisk: 0, breached: 0 });
  });

  it('leaves answered, closed and fresh tasks alone', async () => {
    const { unit, ann } = await testUnit();
    const answered = await inquiry(unit.id, 10 * HOUR, ann.id);
    await db.task.update({ where: { id: answered.id }, data: { firstResponseAt: new Date(Date.now() - 9 * HOUR) } });
    const closed = await inquiry(unit.id, 10 * HOUR, ann.id);
    await db.task.update({ where: { id: closed.id }, data: { status: 'CLOSED', closedAt: new Date() } });
    const fresh = await inquiry(unit.id, HOUR, ann.id);
    expect(await escalateTasks({ unitIds: [unit.id] })).toEqual({ atRisk: 0, breached: 0, reassigned: 0, notified: 0 });
    expect((await state([answered.id, closed.id, fresh.id])).map((t) => t.escalationLevel)).toEqual([0, 0, 0]);
  });

  it('records each run as a CronRun of the sla job', async () => {
    const { unit } = await testUnit();
    const before = new Date(Date.now() - 1000);
    const counts = await runSlaCoordinator({ unitIds: [unit.id] });
    const run = await db.cronRun.findFirstOrThrow({ where: { job: 'sla', startedAt: { gte: before } }, orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ ok: true, counts });
  });
});
