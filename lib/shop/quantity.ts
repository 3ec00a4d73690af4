// What the quantity fields accept. A quantity they cannot take is shown with its reason and never changed silently.
import { MAX_LINE_QUANTITY, type AddOutcome } from './cart-store';

/** The most one line can hold: the stock, and never more than an order line takes. */
export const lineLimit = (stock: number) => Math.min(stock, MAX_LINE_QUANTITY);

/** Why the typed text is not a quantity of 1 to `limit` pieces, or null when it is one. */
export function quantityProblem(text: string, limit: number): string | null {
  if (text.trim() === '') return 'Enter how many pieces you would like.';
  const n = Number(text);
  if (!Number.isFinite(n)) return 'Enter a number of pieces.';
  if (!Number.isInteger(n)) return 'Whole pieces only.';
  if (n < 1) return 'At least 1 piece.';
  if (n > limit) return `${limitReason(limit)}.`;
  return null;
}

/** What adding did when the limit held it back ("Only 6 in stock: your cart now holds 6 (you had 4)."), or null when all went in. */
export function addNotice({ had, asked, holds }: AddOutcome): string | null {
  if (holds >= had + asked) return null;
  if (holds === had) return `${limitReason(holds)}: your cart already holds ${pieces(holds)}, so none were added.`;
  return `${limitReason(holds)}: your cart now holds ${pieces(holds)}${had ? ` (you had ${pieces(had)})` : ''}.`;
}

const pieces = (n: number) => n.toLocaleString('en-GB');

const limitReason = (limit: number) => (limit === MAX_LINE_QUANTITY ? `At most ${pieces(limit)} pieces per line` : `Only ${pieces(limit)} in stock`);
