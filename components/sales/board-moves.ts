// Optimistic moves on the board: cards and column totals as they will be once the server has saved the moves.
import type { BoardCard, BoardColumn } from '@/lib/sales/board';
import { weightedCents } from '@/lib/sales/derived';

export function withPendingMoves(columns: BoardColumn[], pending: Record<string, string>): BoardColumn[] {
  const moves = Object.entries(pending);
  if (moves.length === 0) return columns;
  const next = columns.map((c) => ({ ...c, cards: [...c.cards] }));
  for (const [id, stageId] of moves) {
    const from = next.find((c) => c.cards.some((card) => card.id === id));
    const to = next.find((c) => c.stage.id === stageId);
    if (!from || !to || from === to) continue;
    const card = from.cards.find((c) => c.id === id)!;
    from.cards = from.cards.filter((c) => c.id !== id);
    Object.assign(from, { count: from.count - 1, valueCents: from.valueCents - card.valueCents, weightedCents: from.weightedCents - card.weightedCents });
    const moved: BoardCard = { ...card, stageId, probability: to.stage.probability, weightedCents: weightedCents(card.valueCents, to.stage.probability) };
    to.cards.unshift(moved);
    Object.assign(to, { count: to.count + 1, valueCents: to.valueCents + moved.valueCents, weightedCents: to.weightedCents + moved.weightedCents });
  }
  return next;
}
