// What the quantity fields accept. A quantity they cannot take is shown with its reason and never changed silently.
import { MAX_LINE_QUANTITY } from './cart-store';

/** The most one line can hold: the stock, and never more than an order line takes. */
export const lineLimit = (stock: number) => Math.min(stock, MAX_LINE_QUANTITY);

/** Why the typed text is not a quantity of 1 to `limit` pieces, or null when it is one. */
export function quantityProblem(text: string, limit: number): string | null {
  if (text.trim() === '') return 'Enter how many pieces you would like.';
  const n = Number(text);
  if (!Number.isFinite(n)) return 'Enter a number of pieces.';
  if (!Number.isInteger(n)) return 'Whole pieces only.';
  if (n < 1) return 'At least 1 piece.';
  if (n > limit) return limit === MAX_LINE_QUANTITY ? `At most ${limit.toLocaleString('en-GB')} pieces per line.` : `Only ${limit.toLocaleString('en-GB')} in stock.`;
  return null;
}
