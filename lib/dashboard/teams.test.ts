// Admins move people between units and set a unit's SLA; each change is audited, others are refused.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PATCH } from '@/app/api/teams/[unit]/route';
import { POST as addMember } from '@/app/api/teams/[unit]/members/route';
import { DELETE as removeMember } from '@/app/api/teams/[unit]/members/[userId]/route';
import { pipelineDirectory } from '@/lib/email/directory';
import { params, request } from '@/tests/helpers';
import { storeEmail } from '@/tests/kpi-fixtures';
import { teamsOverview } from './teams';

const ADMIN = { email: 'admin@h-bu.de' };

describe('teams administration', () => {
  it('adds and removes a member and sets the SLA, audited', async () => {
    const manager = await db.user.findUniqueOrThrow({ where: { email: 'manager@h-bu.de' } });
    const unit = await db.businessUnit.findUniqueOrThrow({ where: { key: 'supplier' } });

    const added = await addMember(await request('/api/teams/supplier/members', { body: { userId: manager.id }, as: ADMIN }), params({ unit: 'supplier' }));
    expect(added.status).toBe(201);
    const { teams } = await teamsOverview();
    expect(teams.find((t) => t.key === 'supplier')!.members.map((m) => m.id)).toContain(manager.id);

    const removed = await removeMember(await request(`/api/teams/supplier/members/${manager.id}`, { method: 'DELETE', as: ADMIN }), params({ unit: 'supplier', userId: manager.id }));
    expect(removed.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: manager.id } })).businessUnitId).toBeNull();

    const sla = { urgent: 90, high: 300, normal: 1200, low: 2880 };
    await pipelineDirectory(); // cached, as while mail is arriving
    const set = await PATCH(await request('/api/teams/supplier', { method: 'PATCH', body: { sla }, as: ADMIN }), params({ unit: 'supplier' }));
    expect(set.status).toBe(200);
    expect(await db.businessUnit.findUniqueOrThrow({ where: { key: 'supplier' } })).toMatchObject({ slaUrgentMinutes: 90, slaLowMinutes: 2880 });
    // the next email already gets the new promise
    expect((await pipelineDirectory()).units.get(unit.id)!.slaMinutes).toEqual({ URGENT: 90, HIGH: 300, NORMAL: 1200, LOW: 2880 });

    const log = await db.activity.findMany({ where: { entityType: 'business_unit', entityId: unit.id, actorName: 'Ada Admin' }, orderBy: { createdAt: 'asc' } });
    expect(log.map((a) => a.action)).toEqual(['team.member_added', 'team.member_removed', 'unit.sla_changed']);
    expect(log[2]).toMatchObject({ before: { urgent: unit.slaUrgentMinutes }, after: sla });
  });

  it('refuses managers and SLAs where urgent waits longer than low', async () => {
    const asManager = await PATCH(await request('/api/teams/finance', { method: 'PATCH', body: { sla: { urgent: 60, high: 120, normal: 240, low: 480 } }, as: { email: 'manager@h-bu.de' } }), params({ unit: 'finance' }));
    expect(asManager.status).toBe(403);
    const inverted = await PATCH(await request('/api/teams/finance', { method: 'PATCH', body: { sla: { urgent: 600, high: 120, normal: 240, low: 480 } }, as: ADMIN }), params({ unit: 'finance' }));
    expect(inverted.status).toBe(422);
    // Urgent was typed too long (or High too short): both are named, each in words, nothing else.
    expect((await inverted.json()).errors).toEqual([
      { field: 'body.sla.urgent', message: 'must not be longer than High (120 min)' },
      { field: 'body.sla.high', message: 'must not be shorter than Urgent (600 min)' },
    ]);
    const buyer = await db.user.findUniqueOrThrow({ where: { email: 'buyer@example.com' } });
    for (const userId of [buyer.id, 'nope']) {
      const notStaff = await addMember(await request('/api/teams/finance/members', { body: { userId }, as: ADMIN }), params({ unit: 'finance' }));
      expect(notStaff.status).toBe(422);
      expect((await notStaff.json()).errors).toEqual([{ field: 'body.userId', message: 'is not an active admin, manager or agent' }]);
    }
  });

  it('keeps SLA compliance to decided tasks: answered in time against late or overdue, pending ones left out', async () => {
    const tag = randomUUID().slice(0, 8);
    const unit = await db.businessUnit.create({
      data: { key: `sla-${tag}`, name: `SLA ${tag}`, email: `sla-${tag}@h-bu.de`, specialization: 'test', slaUrgentMinutes: 60, slaHighMinutes: 120, slaNormalMinutes: 240, slaLowMinutes: 480 },
    });
    const person = (name: string) => db.user.create({ data: { email: `${name}-${tag}@h-bu.de`, name: `${name} ${tag}`, passwordHash: 'x', role: 'AGENT', businessUnitId: unit.id } });
    const [waiting, mixed] = [await person('waiting'), await person('mixed')];
    const now = Date.now();
    const minutes = (m: number) => new Date(now + m * 60_000);
    const stored: string[] = [];
    // Stored in another unit, so no agent of this one picks them up; reviewed already, so no unit agent decides on them either.
    async function task(assigneeId: string, t: { slaDueAt: Date; firstResponseAt?: Date; closedAt?: Date }) {
      const e = await storeEmail({ receivedAt: minutes(-600), unit: 'supplier', task: { ...t, status: t.firstResponseAt || t.closedAt ? 'CLOSED' : 'OPEN' } });
      await db.task.update({ where: { id: e.task!.id }, data: { assigneeId, agentReviewedAt: new Date() } });
      stored.push(e.id);
    }
    const pending = { slaDueAt: minutes(7 * 24 * 60) };
    await task(waiting.id, pending);
    await task(waiting.id, pending);
    await task(mixed.id, pending);
    await task(mixed.id, { slaDueAt: minutes(-300), firstResponseAt: minutes(-400) }); // kept
    await task(mixed.id, { slaDueAt: minutes(-300), closedAt: minutes(-200) }); // closed after its due time: breached
    try {
      const members = (await teamsOverview()).teams.find((t) => t.key === unit.key)!.members;
      const of = (id: string) => members.find((m) => m.id === id)!;
      expect(of(waiting.id)).toMatchObject({ tasks: 2, breached: 0, slaCompliance: null });
      expect(of(mixed.id)).toMatchObject({ tasks: 3, breached: 1, slaCompliance: 50 });
    } finally {
      await db.email.deleteMany({ where: { id: { in: stored } } });
      await db.user.deleteMany({ where: { id: { in: [waiting.id, mixed.id] } } });
      await db.businessUnit.delete({ where: { id: unit.id } });
    }
  });
});
