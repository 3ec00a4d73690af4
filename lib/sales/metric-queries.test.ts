import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { activityCounts, splitIntoDays } from './metric-queries';
import { addInteraction } from './interactions';
import { sendOutreach } from './outreach';
import { createProspect, deleteProspect, moveProspect, updateProspect } from './prospects';
import { prospectCreateSchema } from './schemas';

const run = randomUUID().slice(0, 8);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('splitIntoDays', () => {
  it('takes whole days from the rollup and counts each partial day from its shorter side', () => {
    expect(splitIntoDays(at('2026-03-01T00:00:00Z'), at('2026-03-04T00:00:00Z'))).toEqual({ firstDay: '2026-03-01', endDay: '2026-03-04', stretches: [] });
    // 02:00 → subtract the two hours before; 20:00 → subtract the four hours after.
    expect(splitIntoDays(at('2026-03-01T02:00:00Z'), at('2026-03-04T20:00:00Z'))).toEqual({
      firstDay: '2026-03-01',
      endDay: '2026-03-05',
      stretches: [
        { start: at('2026-03-01T00:00:00Z'), end: at('2026-03-01T02:00:00Z'), sign: -1 },
        { start: at('2026-03-04T20:00:00Z'), end: at('2026-03-05T00:00:00Z'), sign: -1 },
      ],
    });
    // 13:00 → add the eleven hours inside; 03:00 → add the three hours inside.
    expect(splitIntoDays(at('2026-03-01T13:00:00Z'), at('2026-03-04T03:00:00Z'))).toEqual({
      firstDay: '2026-03-02',
      endDay: '2026-03-04',
      stretches: [
        { start: at('2026-03-01T13:00:00Z'), end: at('2026-03-02T00:00:00Z'), sign: 1 },
        { start: at('2026-03-04T00:00:00Z'), end: at('2026-03-04T03:00:00Z'), sign: 1 },
      ],
    });
    const sameDay = splitIntoDays(at('2026-03-01T05:00:00Z'), at('2026-03-01T09:00:00Z'));
    expect(sameDay.stretches).toEqual([{ start: at('2026-03-01T05:00:00Z'), end: at('2026-03-01T09:00:00Z'), sign: 1 }]);
    expect(sameDay.firstDay).toBe(sameDay.endDay);
  });
});

/** The rollups as a recount of the history would give them, read in one snapshot (other test files write meanwhile). */
async function rollupsAndRecount() {
  return db.$transaction(
    async (tx) => {
      const [days, totals, interactions, prospects, changes, stages] = await Promise.all([
        tx.interactionDay.findMany({ where: { count: { not: 0 } } }),
        tx.pipelineTotal.findMany({ where: { count: { not: 0 } } }),
        tx.interaction.findMany({ select: { prospectId: true, userId: true, kind: true, occurredAt: true } }),
        tx.prospect.findMany({ select: { id: true, stageId: true, ownerId: true, valueCents: true, weightedCents: true, firstOutreachAt: true, lastInboundAt: true, furthestStagePosition: true } }),
        tx.prospectStageChange.findMany({ select: { prospectId: true, toStageId: true } }),
        tx.stage.findMany(),
      ]);
      const count = (m: Map<string, number>, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);
      const dayCounts = new Map<string, number>();
      for (const i of interactions) if (i.userId) count(dayCounts, `${i.occurredAt.toISOString().slice(0, 10)} ${i.userId} ${i.kind}`);
      const pipeline = new Map<string, number>();
      for (const p of prospects) {
        count(pipeline, `${p.stageId} ${p.ownerId} count`);
        count(pipeline, `${p.stageId} ${p.ownerId} value`, p.valueCents);
        count(pipeline, `${p.stageId} ${p.ownerId} weighted`, p.weightedCents);
      }
      const latest = (kind: string, pick: (a: number, b: number) => number) => {
        const m = new Map<string, number>();
        for (const i of interactions) if (i.kind === kind) m.set(i.prospectId, pick(m.get(i.prospectId) ?? i.occurredAt.getTime(), i.occurredAt.getTime()));
        return m;
      };
      const firstOut = latest('EMAIL_OUT', Math.min);
      const lastIn = latest('EMAIL_IN', Math.max);
      const stageOf = new Map(stages.map((s) => [s.id, s]));
      const furthest = new Map<string, number>();
      for (const c of changes) {
        const s = stageOf.get(c.toStageId)!;
        if (!s.isLost) furthest.set(c.prospectId, Math.max(furthest.get(c.prospectId) ?? s.position, s.position));
      }
      return {
        rollup: {
          days: Object.fromEntries(days.map((d) => [`${d.day} ${d.userId} ${d.kind}`, d.count])),
          pipeline: Object.fromEntries(totals.flatMap((t) => [[`${t.stageId} ${t.ownerId} count`, t.count], [`${t.stageId} ${t.ownerId} value`, Number(t.valueCents)], [`${t.stageId} ${t.ownerId} weighted`, Number(t.weightedCents)]])),
          prospects: Object.fromEntries(prospects.map((p) => [p.id, [p.firstOutreachAt?.getTime() ?? null, p.lastInboundAt?.getTime() ?? null, p.furthestStagePosition]])),
        },
        recount: {
          days: Object.fromEntries(dayCounts),
          pipeline: Object.fromEntries(pipeline),
          prospects: Object.fromEntries(prospects.map((p) => [p.id, [firstOut.get(p.id) ?? null, lastIn.get(p.id) ?? null, furthest.get(p.id) ?? null]])),
        },
      };
    },
    { isolationLevel: 'Serializable' },
  );
}

describe('sales metric rollups', () => {
  it('equal a recount of the history after creates, moves, edits, interactions, outreach and deletes', async () => {
    const user = await db.user.create({ data: { email: `rollup.${run}@h-bu.de`, name: `Rollup ${run}`, passwordHash: 'x', role: 'SALES_REP' } });
    const rep: Caller = { kind: 'user', id: user.id, role: 'SALES_REP', name: user.name, email: user.email };
    const managerUser = await db.user.findUniqueOrThrow({ where: { email: 'manager@h-bu.de' } });
    const manager: Caller = { kind: 'user', id: managerUser.id, role: 'MANAGER', name: managerUser.name, email: managerUser.email };
    const make = (n: string) => createProspect(rep, prospectCreateSchema.parse({ company: `R ${n}`, contactName: n, email: `${n}.${run}@rollup-${run}.example`, valueCents: 300_000 }));
    const [a, b, c] = [await make('a'), await make('b'), await make('c')];
    const now = Date.now();

    await moveProspect(rep, a.id, { stage: 'qualified' });
    await moveProspect(rep, a.id, { stage: 'lost', reason: 'No budget' }); // Lost is no step: a stays "qualified" in the funnel
    await addInteraction(rep, b.id, { kind: 'CALL', summary: 'Intro call', occurredAt: new Date(now - 10 * DAY) });
    await addInteraction(rep, b.id, { kind: 'MEETING', summary: 'Visit', occurredAt: new Date(now - 3 * DAY - 5 * HOUR) });
    await sendOutreach(rep, b.id, { subject: 'Samples', text: 'May we send samples?', from: 'me' });
    await db.interaction.create({ data: { prospectId: b.id, kind: 'EMAIL_OUT', summary: 'Earlier mail', userId: user.id, occurredAt: new Date(now - 20 * DAY) } });
    await db.interaction.create({ data: { prospectId: b.id, kind: 'EMAIL_IN', summary: 'Re: Earlier mail', occurredAt: new Date(now - 15 * DAY) } });
    await sendOutreach(rep, c.id, { subject: 'Samples', text: 'May we send samples?', from: 'me' });
    await updateProspect(manager, c.id, { valueCents: 450_000, ownerId: managerUser.id });
    await deleteProspect(manager, a.id);

    const { rollup, recount } = await rollupsAndRecount();
    expect(rollup).toEqual(recount);
    const bRow = rollup.prospects[b.id];
    expect(bRow).toEqual([now - 20 * DAY, now - 15 * DAY, 0]);

    // Activities of any period, whole days from the rollup and partial days corrected, equal a direct count.
    const periods = [
      [now - 11 * DAY, now + 60_000],
      [now - 10 * DAY - HOUR, now - 3 * DAY - 4 * HOUR],
      [now - 3 * DAY - 6 * HOUR, now - 3 * DAY - 4 * HOUR],
      [now - 10 * DAY + 1, now],
    ];
    for (const [from, to] of periods) {
      const rows = await activityCounts(user.id, new Date(from), new Date(to));
      const direct = await db.interaction.groupBy({ by: ['kind'], where: { userId: user.id, occurredAt: { gte: new Date(from), lt: new Date(to) } }, _count: { _all: true } });
      expect(Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]))).toEqual(Object.fromEntries(direct.map((d) => [d.kind, d._count._all])));
    }
  });

  it('recomputes the furthest stage when the stages are reordered', async () => {
    const user = await db.user.create({ data: { email: `reorder.${run}@h-bu.de`, name: `Reorder ${run}`, passwordHash: 'x', role: 'SALES_REP' } });
    const rep: Caller = { kind: 'user', id: user.id, role: 'SALES_REP', name: user.name, email: user.email };
    const p = await createProspect(rep, prospectCreateSchema.parse({ company: 'Reorder', contactName: 'R', email: `r.${run}@reorder-${run}.example` }));
    await moveProspect(rep, p.id, { stage: 'contacted' });
    const contacted = await db.stage.findUniqueOrThrow({ where: { key: 'contacted' } });
    const qualified = await db.stage.findUniqueOrThrow({ where: { key: 'qualified' } });
    const furthest = (client: Pick<typeof db, 'prospect'>) => client.prospect.findUniqueOrThrow({ where: { id: p.id }, select: { furthestStagePosition: true } });
    expect(await furthest(db)).toEqual({ furthestStagePosition: contacted.position });

    // Swap two stages in a transaction that is rolled back, so other tests never see the new order.
    const rollback = new Error('rollback');
    const seen = db.$transaction(async (tx) => {
      await tx.stage.update({ where: { id: contacted.id }, data: { position: qualified.position } });
      await tx.stage.update({ where: { id: qualified.id }, data: { position: contacted.position } });
      expect(await furthest(tx)).toEqual({ furthestStagePosition: qualified.position });
      throw rollback;
    });
    await expect(seen).rejects.toBe(rollback);
    expect(await furthest(db)).toEqual({ furthestStagePosition: contacted.position });
  });
});
