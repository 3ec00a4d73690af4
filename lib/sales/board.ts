// The pipeline board: per stage the totals of everything matching the filter and the most recently touched cards.
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { prospectWhere } from './prospect-query';
import type { ProspectFilter } from './schemas';
import { listStages, type Stage } from './stages';

export const cardSelect = {
  id: true,
  company: true,
  contactName: true,
  email: true,
  emailInvalid: true,
  valueCents: true,
  weightedCents: true,
  probability: true,
  status: true,
  tags: true,
  stageId: true,
  nextFollowUpAt: true,
  owner: { select: { id: true, name: true } },
} as const;

export type BoardCard = {
  id: string;
  company: string;
  contactName: string;
  email: string;
  emailInvalid: boolean;
  valueCents: number;
  weightedCents: number;
  probability: number;
  status: string;
  tags: string[];
  stageId: string;
  nextFollowUpAt: string | null;
  followUpDue: boolean;
  owner: { id: string; name: string };
};

export type BoardColumn = { stage: Stage; count: number; valueCents: number; weightedCents: number; cards: BoardCard[] };

/** Every stage is a column, so a stage filter does not apply here. */
export async function loadBoard(caller: Caller, filter: ProspectFilter, perColumn = 50, now = new Date()): Promise<BoardColumn[]> {
  const where = prospectWhere(caller, { ...filter, stage: undefined }, now);
  const stages = await listStages();
  const [totals, cards] = await Promise.all([
    db.prospect.groupBy({ by: ['stageId'], where, _count: { _all: true }, _sum: { valueCents: true, weightedCents: true } }),
    Promise.all(
      stages.map((s) =>
        db.prospect.findMany({ where: { AND: [where, { stageId: s.id }] }, select: cardSelect, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: perColumn }),
      ),
    ),
  ]);
  return stages.map((stage, i) => {
    const t = totals.find((row) => row.stageId === stage.id);
    return {
      stage,
      count: t?._count._all ?? 0,
      valueCents: t?._sum.valueCents ?? 0,
      weightedCents: t?._sum.weightedCents ?? 0,
      cards: cards[i].map((c) => ({
        ...c,
        tags: c.tags as string[],
        nextFollowUpAt: c.nextFollowUpAt?.toISOString() ?? null,
        followUpDue: !!c.nextFollowUpAt && c.nextFollowUpAt <= now && !stage.isWon && !stage.isLost,
      })),
    };
  });
}
