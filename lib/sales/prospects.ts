// Writing prospects: create, edit, move between stages, delete. Each write is one transaction with its audit entry,
// announced to open boards after commit. Reads are in prospect-query.ts.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { companyConfig } from '@/lib/config/company';
import { recordActivity, type Actor } from '@/lib/audit';
import { actorOf, type Caller } from '@/lib/http/handler';
import { conflict, forbidden, notFound, unprocessable } from '@/lib/http/problem';
import { isUniqueViolation } from '@/lib/db/errors';
import { requirePipelineManager, seesAllProspects, visibleProspects } from './access';
import { domainOf, normalizeTags, tagKeyOf, weightedCents } from './derived';
import { announceProspectChange } from './events';
import { requireOwner } from './owners';
import { findVisibleProspect, type ProspectView } from './prospect-query';
import type { ProspectCreate, ProspectUpdate, StageMoveInput } from './schemas';
import { listStages, stageByKey, type Stage } from './stages';
import { isClosedStage, planStageMove, type StageMove, type StageRef } from './transitions';

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
export const followUpAfter = (from: Date) => new Date(from.getTime() + companyConfig().sales.monitor.follow_up_after_days * DAY);

const duplicateEmail = (email: string) =>
  conflict(`A prospect with the address ${email} already exists.`, { errors: [{ field: 'body.email', message: 'is already a prospect' }] });

async function assertEmailFree(tx: Tx, email: string, exceptId?: string) {
  const other = await tx.prospect.findUnique({ where: { email }, select: { id: true } });
  if (other && other.id !== exceptId) throw duplicateEmail(email);
}

/** What the audit log keeps of a prospect. */
export function auditView(p: { stageId: string; ownerId: string; status: string; valueCents: number; probability: number } & Record<string, unknown>) {
  const { company, contactName, email, phone, source, tags, valueCents, probability, stageId, ownerId, status, nextFollowUpAt, wonReason, lostReason } = p;
  return { company, contactName, email, phone, source, tags, valueCents, probability, stageId, ownerId, status, nextFollowUpAt, wonReason, lostReason };
}

async function resolveOwner(tx: Tx, caller: Caller, ownerId: string | undefined) {
  if (caller.kind === 'user' && !seesAllProspects(caller)) {
    if (ownerId && ownerId !== caller.id) throw forbidden('A sales rep creates prospects for themselves.');
    return caller.id;
  }
  const id = ownerId ?? (caller.kind === 'user' ? caller.id : undefined);
  if (!id) throw unprocessable('Say who owns the prospect.', { errors: [{ field: 'body.ownerId', message: 'is required' }] });
  return (await requireOwner(tx, id)).id;
}

export async function resolveStage(tx: Tx, key: string | undefined, field = 'body.stage'): Promise<Stage> {
  if (!key) {
    const first = (await listStages(tx)).find((s) => !isClosedStage(s));
    if (!first) throw unprocessable('The pipeline has no open stage.');
    return first;
  }
  const stage = await stageByKey(tx, key);
  if (!stage) throw unprocessable(`There is no stage "${key}".`, { errors: [{ field, message: 'is not a pipeline stage' }] });
  return stage;
}

export async function createProspect(caller: Caller, input: ProspectCreate, now = new Date()): Promise<ProspectView> {
  const created = await db
    .$transaction(async (tx) => {
      const ownerId = await resolveOwner(tx, caller, input.ownerId);
      const stage = await resolveStage(tx, input.stage);
      if (isClosedStage(stage)) {
        throw unprocessable('A new prospect starts in an open stage.', { errors: [{ field: 'body.stage', message: 'must be an open stage' }] });
      }
      await assertEmailFree(tx, input.email);
      const probability = input.probability ?? stage.probability;
      const tags = normalizeTags(input.tags);
      const p = await tx.prospect.create({
        data: {
          company: input.company,
          contactName: input.contactName,
          email: input.email,
          emailDomain: domainOf(input.email),
          phone: input.phone,
          source: input.source,
          tags,
          tagKey: tagKeyOf(tags),
          valueCents: input.valueCents,
          probability,
          weightedCents: weightedCents(input.valueCents, probability),
          stageId: stage.id,
          ownerId,
          nextFollowUpAt: input.nextFollowUpAt === undefined ? followUpAfter(now) : input.nextFollowUpAt,
          stageChangedAt: now,
        },
      });
      await tx.prospectStageChange.create({ data: { prospectId: p.id, toStageId: stage.id, changedAt: now } });
      await recordActivity(tx, actorOf(caller), { action: 'prospect.created', entityType: 'Prospect', entityId: p.id, after: auditView(p) });
      return p;
    })
    .catch((e: unknown) => {
      throw isUniqueViolation(e) ? duplicateEmail(input.email) : e;
    });
  await announceProspectChange({ ids: [created.id], action: 'created', stageId: created.stageId });
  return (await findVisibleProspect(caller, created.id))!;
}

export async function loadForWrite(tx: Tx, caller: Caller, id: string) {
  const p = await tx.prospect.findFirst({ where: { AND: [{ id }, visibleProspects(caller)] }, include: { stage: true } });
  if (!p) throw notFound('The prospect');
  return p;
}

export async function updateProspect(caller: Caller, id: string, patch: ProspectUpdate): Promise<ProspectView> {
  const updated = await db
    .$transaction(async (tx) => {
      const p = await loadForWrite(tx, caller, id);
      const data: Prisma.ProspectUncheckedUpdateInput = {};
      if (patch.ownerId !== undefined && patch.ownerId !== p.ownerId) {
        requirePipelineManager(caller, 'reassign prospects');
        data.ownerId = (await requireOwner(tx, patch.ownerId)).id;
      }
      if (patch.email !== undefined && patch.email !== p.email) {
        await assertEmailFree(tx, patch.email, p.id);
        Object.assign(data, { email: patch.email, emailDomain: domainOf(patch.email), emailInvalid: false });
        if (p.status === 'BOUNCING' && patch.status === undefined) data.status = 'ACTIVE';
      }
      if (patch.status !== undefined && patch.status !== p.status) {
        if (isClosedStage(p.stage)) {
          throw unprocessable(`The status of a ${p.stage.name} prospect follows its stage.`, { errors: [{ field: 'body.status', message: 'follows the stage' }] });
        }
        data.status = patch.status;
      }
      const { company, contactName, phone, source, nextFollowUpAt } = patch;
      Object.assign(data, Object.fromEntries(Object.entries({ company, contactName, phone, source, nextFollowUpAt }).filter(([, v]) => v !== undefined)));
      if (patch.tags !== undefined) {
        const tags = normalizeTags(patch.tags);
        Object.assign(data, { tags, tagKey: tagKeyOf(tags) });
      }
      const valueCents = patch.valueCents ?? p.valueCents;
      const probability = patch.probability ?? p.probability;
      Object.assign(data, { valueCents, probability, weightedCents: weightedCents(valueCents, probability) });
      const after = await tx.prospect.update({ where: { id: p.id }, data });
      await recordActivity(tx, actorOf(caller), { action: 'prospect.updated', entityType: 'Prospect', entityId: p.id, ...changedFields(auditView(p), auditView(after)) });
      return after;
    })
    .catch((e: unknown) => {
      throw isUniqueViolation(e) && patch.email ? duplicateEmail(patch.email) : e;
    });
  await announceProspectChange({ ids: [updated.id], action: 'updated', stageId: updated.stageId });
  return (await findVisibleProspect(caller, updated.id))!;
}

/** Only what changed goes into the audit entry. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

export async function deleteProspect(caller: Caller, id: string) {
  await db.$transaction(async (tx) => {
    const p = await loadForWrite(tx, caller, id);
    requirePipelineManager(caller, 'delete prospects');
    await tx.prospect.delete({ where: { id: p.id } });
    await recordActivity(tx, actorOf(caller), { action: 'prospect.deleted', entityType: 'Prospect', entityId: p.id, before: auditView(p) });
  });
  await announceProspectChange({ ids: [id], action: 'deleted' });
}

/** What a planned move writes: the prospect's new columns, its stage history row and its audit entry. */
export function stageMoveWrites(p: { id: string; valueCents: number; status: string; stage: StageRef }, target: StageRef, move: StageMove, now = new Date()) {
  return {
    data: { ...move, weightedCents: weightedCents(p.valueCents, move.probability), stageChangedAt: now },
    stageChange: { prospectId: p.id, fromStageId: p.stage.id, toStageId: target.id, changedAt: now },
    activity: {
      action: 'prospect.stage_changed',
      entityType: 'Prospect',
      entityId: p.id,
      before: { stage: p.stage.key, status: p.status },
      after: { stage: target.key, status: move.status, probability: move.probability, reason: move.wonReason ?? move.lostReason ?? undefined },
    },
  };
}

/** Applies a planned move inside the caller's transaction: prospect, stage history and audit entry. */
export async function applyStageMove(
  tx: Tx,
  actor: Actor,
  p: { id: string; valueCents: number; status: string; stage: StageRef },
  target: StageRef,
  move: StageMove,
  now = new Date(),
) {
  const writes = stageMoveWrites(p, target, move, now);
  const updated = await tx.prospect.update({ where: { id: p.id }, data: writes.data });
  await tx.prospectStageChange.create({ data: writes.stageChange });
  await recordActivity(tx, actor, writes.activity);
  return updated;
}

export async function moveProspect(caller: Caller, id: string, input: StageMoveInput): Promise<ProspectView> {
  const moved = await db.$transaction(async (tx) => {
    const p = await loadForWrite(tx, caller, id);
    const target = await resolveStage(tx, input.stage);
    const plan = planStageMove({ stage: p.stage, status: p.status }, target, input);
    if (!plan.ok) throw unprocessable(`body.${plan.field}: ${plan.message}`, { errors: [{ field: `body.${plan.field}`, message: plan.message }] });
    if (!plan.changed) return null;
    return applyStageMove(tx, actorOf(caller), p, target, plan.move);
  });
  if (moved) await announceProspectChange({ ids: [moved.id], action: 'moved', stageId: moved.stageId });
  return (await findVisibleProspect(caller, id))!;
}
