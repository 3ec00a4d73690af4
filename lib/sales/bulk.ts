// Bulk actions from the table view: reassign, move stage, tag. One transaction; prospects the caller cannot see
// or that break a stage rule are reported back, the rest are changed.
import { db } from '@/lib/db';
import { recordActivity } from '@/lib/audit';
import { actorOf, type Caller } from '@/lib/http/handler';
import { requirePipelineManager, visibleProspects } from './access';
import { normalizeTags, tagKeyOf } from './derived';
import { announceProspectChange } from './events';
import { requireOwner } from './owners';
import { applyStageMove, resolveStage } from './prospects';
import type { BulkInput } from './schemas';
import { planStageMove } from './transitions';

export type BulkResult = { updated: string[]; skipped: { id: string; reason: string }[] };

export async function bulkUpdate(caller: Caller, { ids, change }: BulkInput): Promise<BulkResult> {
  if (change.action === 'reassign') requirePipelineManager(caller, 'reassign prospects');
  const actor = actorOf(caller);
  const result = await db.$transaction(async (tx) => {
    const found = await tx.prospect.findMany({ where: { AND: [{ id: { in: ids } }, visibleProspects(caller)] }, include: { stage: true } });
    const seen = new Set(found.map((p) => p.id));
    const out: BulkResult = { updated: [], skipped: ids.filter((id) => !seen.has(id)).map((id) => ({ id, reason: 'not found' })) };
    if (change.action === 'reassign') {
      const owner = await requireOwner(tx, change.ownerId, 'body.change.ownerId');
      for (const p of found.filter((p) => p.ownerId !== owner.id)) {
        await tx.prospect.update({ where: { id: p.id }, data: { ownerId: owner.id } });
        await recordActivity(tx, actor, { action: 'prospect.updated', entityType: 'Prospect', entityId: p.id, before: { ownerId: p.ownerId }, after: { ownerId: owner.id } });
        out.updated.push(p.id);
      }
    } else if (change.action === 'move') {
      const target = await resolveStage(tx, change.stage, 'body.change.stage');
      for (const p of found) {
        const plan = planStageMove({ stage: p.stage, status: p.status }, target, { reason: change.reason });
        if (!plan.ok) out.skipped.push({ id: p.id, reason: plan.message });
        else if (plan.changed) {
          await applyStageMove(tx, actor, p, target, plan.move);
          out.updated.push(p.id);
        }
      }
    } else {
      for (const p of found) {
        const before = p.tags as string[];
        const tags = normalizeTags([...before.filter((t) => !change.remove.includes(t)), ...change.add]);
        if (tags.join() === normalizeTags(before).join()) continue;
        await tx.prospect.update({ where: { id: p.id }, data: { tags, tagKey: tagKeyOf(tags) } });
        await recordActivity(tx, actor, { action: 'prospect.updated', entityType: 'Prospect', entityId: p.id, before: { tags: before }, after: { tags } });
        out.updated.push(p.id);
      }
    }
    return out;
  });
  await announceProspectChange({ ids: result.updated, action: change.action === 'move' ? 'moved' : 'updated' });
  return result;
}
