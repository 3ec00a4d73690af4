'use client';

import { useDroppable } from '@dnd-kit/core';
import type { BoardCard as Card, BoardColumn as Column } from '@/lib/sales/board';
import type { Stage } from '@/lib/sales/stages';
import { BoardCard } from './board-card';
import { formatEuroWhole } from './format';

export function BoardColumn({ column, stages, onMove }: { column: Column; stages: Stage[]; onMove: (card: Card, to: Stage) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  const headingId = `stage-${column.stage.key}`;
  const hidden = column.count - column.cards.length;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage={column.stage.key}
      className={`relative flex w-72 shrink-0 flex-col rounded-xl border bg-subtle/60 p-3 ${isOver ? 'border-gold-500 ring-2 ring-gold-400' : 'border-border'}`}
    >
      <header className="mb-3">
        <h2 id={headingId} className="flex items-baseline justify-between font-serif text-lg">
          {column.stage.name}
          <span className="text-sm font-normal text-muted" data-testid="stage-count">{column.count}</span>
        </h2>
        <p className="text-xs text-muted">
          <span data-testid="stage-value">{formatEuroWhole(column.valueCents)}</span> · weighted{' '}
          <span data-testid="stage-weighted">{formatEuroWhole(column.weightedCents)}</span>
        </p>
      </header>
      <div className="flex min-h-24 flex-1 flex-col gap-2">
        {column.cards.map((card) => (
          <BoardCard key={card.id} card={card} stages={stages} onMove={onMove} />
        ))}
        {column.count === 0 && <p className="rounded-lg border border-dashed border-border p-4 text-center text-xs text-muted">No prospects here</p>}
        {hidden > 0 && <p className="text-center text-xs text-muted">and {hidden} more — see the table view</p>}
      </div>
    </section>
  );
}
