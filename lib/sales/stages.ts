// Pipeline stages are data: seeded from config/company.yaml, then renamed and reordered by managers.
import { db, type Db } from '@/lib/db';
import { recordActivity, type Actor } from '@/lib/audit';
import { unprocessable } from '@/lib/http/problem';
import type { StageRef } from './transitions';

export type Stage = StageRef & { position: number };

const stageSelect = { id: true, key: true, name: true, position: true, probability: true, isWon: true, isLost: true } as const;

export function listStages(client: Pick<Db, 'stage'> = db): Promise<Stage[]> {
  return client.stage.findMany({ select: stageSelect, orderBy: { position: 'asc' } });
}

export async function stageByKey(client: Pick<Db, 'stage'>, key: string): Promise<Stage | null> {
  return client.stage.findUnique({ where: { key }, select: stageSelect });
}

export type StageEdit = { id: string; name: string; probability: number };

/** Renames and reorders the pipeline: `stages` lists every stage in its new order. */
export async function editStages(actor: Actor, stages: StageEdit[]) {
  return db.$transaction(async (tx) => {
    const before = await listStages(tx);
    const known = new Set(before.map((s) => s.id));
    if (stages.length !== before.length || !stages.every((s) => known.has(s.id)) || new Set(stages.map((s) => s.id)).size !== stages.length) {
      throw unprocessable('List every stage exactly once, in the new order.', { errors: [{ field: 'body.stages', message: 'must list every stage once' }] });
    }
    for (const [position, s] of stages.entries()) {
      await tx.stage.update({ where: { id: s.id }, data: { name: s.name, probability: s.probability, position } });
    }
    const after = await listStages(tx);
    await recordActivity(tx, actor, { action: 'pipeline.stages_edited', entityType: 'Pipeline', entityId: 'stages', before, after });
    return after;
  });
}
