'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { BoardCard as Card, BoardColumn as Column } from '@/lib/sales/board';
import type { Stage } from '@/lib/sales/stages';
import { DraggingCard } from './board-card';
import { BoardColumn } from './board-column';
import { withPendingMoves } from './board-moves';
import { callApi } from '@/lib/http/call-api';
import { ReasonDialog, type ReasonRequest } from './reason-dialog';
import { useSalesRefresh } from './sales-live';

/** The kanban: drag a card (pointer or keyboard) or use its "Move to…" menu; saved at once, shown before the server answers. */
export function PipelineBoard({ columns, stages }: { columns: Column[]; stages: Stage[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const [active, setActive] = useState<Card | null>(null);
  const [, startTransition] = useTransition();
  const view = useMemo(() => withPendingMoves(columns, pending), [columns, pending]);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const moving = useRef<string | null>(null);
  // A moved card is drawn anew in its new column (and again in its old one if the move fails), which drops the focus
  // to <body>: it goes back to the card's "Move to" menu, or to the status line when the column does not show the card.
  useEffect(() => {
    const id = moving.current;
    if (!id) return;
    if (!document.activeElement || document.activeElement === document.body) (document.getElementById(`move-${id}`) ?? statusRef.current)?.focus();
    if (!(id in pending)) moving.current = null;
  }, [view, pending]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));
  useSalesRefresh();

  const stageName = (id: string | number | undefined) => stages.find((s) => s.id === id)?.name ?? 'no stage';
  const drop = (id: string) => (p: Record<string, string>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== id));
  const askReason = (title: string) => new Promise<string | null>((resolve) => setReasonRequest({ title, resolve: (r) => (setReasonRequest(null), resolve(r)) }));

  async function move(card: Card, to: Stage) {
    const from = stages.find((s) => s.id === card.stageId);
    if (!from || from.id === to.id) return;
    const reopen = from.isWon || from.isLost;
    if (reopen && !window.confirm(`${card.company} is ${from.name}. Reopen it and move it to ${to.name}?`)) return;
    const reason = to.isWon || to.isLost ? await askReason(`Why is ${card.company} ${to.name.toLowerCase()}?`) : undefined;
    if (reason === null) return;
    moving.current = card.id;
    setPending((p) => ({ ...p, [card.id]: to.id }));
    const res = await callApi(`/api/prospects/${card.id}/stage`, 'POST', { stage: to.key, reason, reopen: reopen || undefined });
    if (!res.ok) {
      setPending(drop(card.id));
      setStatus({ text: `${card.company} was not moved: ${res.detail}`, error: true });
      return;
    }
    setStatus({ text: `${card.company} moved to ${to.name}.`, error: false });
    // The refreshed board and the end of the optimistic move arrive in one render.
    startTransition(() => {
      router.refresh();
      setPending(drop(card.id));
    });
  }

  function onDragEnd(e: DragEndEvent) {
    setActive(null);
    const card = e.active.data.current?.card as Card | undefined;
    const to = stages.find((s) => s.id === e.over?.id);
    if (card && to) void move(card, to);
  }

  return (
    <>
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className={`mb-3 min-h-5 text-sm ${status?.error ? 'text-red-700 dark:text-red-400' : 'text-muted'}`}>
        {status?.text}
      </p>
      <DndContext
        id="pipeline-board" // a fixed id keeps dnd-kit's aria ids equal on server and client
        sensors={sensors}
        onDragStart={(e: DragStartEvent) => setActive((e.active.data.current?.card as Card) ?? null)}
        onDragCancel={() => setActive(null)}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: 'Press space or enter to pick up the prospect, arrow keys to move it over another stage, space or enter to drop it, escape to cancel. The Move to menu on each card does the same.' },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${(active.data.current?.card as Card).company}.`,
            onDragOver: ({ active, over }) => `${(active.data.current?.card as Card).company} is over ${stageName(over?.id)}.`,
            onDragEnd: ({ active, over }) => (over ? `${(active.data.current?.card as Card).company} dropped on ${stageName(over.id)}.` : 'Dropped outside the stages; nothing moved.'),
            onDragCancel: ({ active }) => `Moving ${(active.data.current?.card as Card).company} was cancelled.`,
          },
        }}
      >
        <div className="relative flex gap-4 overflow-x-auto pb-4" data-testid="pipeline-board">
          {view.map((column) => (
            <BoardColumn key={column.stage.id} column={column} stages={stages} onMove={move} />
          ))}
        </div>
        <DragOverlay>{active ? <DraggingCard card={active} /> : null}</DragOverlay>
      </DndContext>
      <ReasonDialog request={reasonRequest} />
    </>
  );
}
