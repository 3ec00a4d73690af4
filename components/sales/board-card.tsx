'use client';

import Link from 'next/link';
import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import type { BoardCard as Card } from '@/lib/sales/board';
import type { Stage } from '@/lib/sales/stages';
import { inputClass } from '@/components/ui/field';
import { formatEuroWhole } from './format';
import { ProspectStatusBadge } from './status-badge';

/** What a card shows; also drawn under the pointer while dragging. */
export function CardFace({ card, handle, footer }: { card: Card; handle?: React.ReactNode; footer?: React.ReactNode }) {
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/sales/prospects/${card.id}`} className="font-medium text-royal-900 underline-offset-2 hover:underline dark:text-gold-300">
          {card.company}
        </Link>
        {handle}
      </div>
      <p className="text-sm text-muted">{card.contactName}</p>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{formatEuroWhole(card.valueCents)}</span>
        <span className="text-muted"> · {card.probability} % · {formatEuroWhole(card.weightedCents)} weighted</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1">
        {card.status !== 'ACTIVE' && <ProspectStatusBadge status={card.status} />}
        {card.followUpDue && <span className="text-xs font-medium text-amber-700 dark:text-amber-300">Follow-up due</span>}
        {card.tags.map((t) => (
          <span key={t} className="rounded bg-subtle px-1.5 text-xs text-muted">#{t}</span>
        ))}
      </div>
      <p className="mt-1 text-xs text-muted">{card.owner.name}</p>
      {footer}
    </>
  );
}

const cardClass = 'rounded-lg border border-border bg-card p-3 shadow-sm';

export function DraggingCard({ card }: { card: Card }) {
  return (
    <article aria-hidden="true" className={`${cardClass} rotate-1 cursor-grabbing shadow-lg`}>
      <CardFace card={card} />
    </article>
  );
}

/** A card to drag with the pointer anywhere on it, or with the keyboard from its handle; "Move to…" does it without dragging. */
export function BoardCard({ card, stages, onMove }: { card: Card; stages: Stage[]; onMove: (card: Card, to: Stage) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: card.id, data: { card } });
  const selectId = `move-${card.id}`;
  // Pointer drags start anywhere on the card; keyboard drags only from the handle, so links and the menu keep their keys.
  const onKeyDown = listeners?.onKeyDown as React.KeyboardEventHandler | undefined;
  const onPointerDown = listeners?.onPointerDown as React.PointerEventHandler | undefined;
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      onKeyDown={onKeyDown}
      aria-label={`Drag ${card.company} to another stage`}
      className="rounded px-1 text-muted hover:bg-subtle"
    >
      ⠿
    </button>
  );
  const footer = (
    <div className="mt-2">
      <label htmlFor={selectId} className="sr-only">Move {card.company} to</label>
      <select
        id={selectId}
        value=""
        onChange={(e) => {
          const to = stages.find((s) => s.id === e.target.value);
          if (to) onMove(card, to);
        }}
        className={`${inputClass} py-1 text-xs`}
      >
        <option value="">Move to…</option>
        {stages.filter((s) => s.id !== card.stageId).map((s) => (
          <option key={s.id} value={s.id}>{s.name}</option>
        ))}
      </select>
    </div>
  );
  return (
    <article
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      onPointerDown={onPointerDown}
      data-prospect-id={card.id}
      aria-label={`${card.company}, ${card.contactName}`}
      className={`${cardClass} cursor-grab ${isDragging ? 'opacity-40' : ''}`}
    >
      <CardFace card={card} handle={handle} footer={footer} />
    </article>
  );
}
