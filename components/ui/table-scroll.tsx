import type { ComponentProps } from 'react';

/** The horizontal scroll box a wide table sits in. `relative` makes the box the containing block of the table's
 *  visually hidden labels (absolutely positioned), so its clipping holds them and they cannot widen a phone's page.
 *  `framed` gives a table standing on its own the card's border and rounding; inside a Card it goes bare. */
export function TableScroll({ framed = false, className = '', ...props }: ComponentProps<'div'> & { framed?: boolean }) {
  const frame = framed ? 'rounded-xl border border-border bg-card' : '';
  return <div className={`relative overflow-x-auto ${frame} ${className}`} {...props} />;
}
