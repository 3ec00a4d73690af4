import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY } from './cart-store';
import { lineLimit, quantityProblem } from './quantity';

describe('quantityProblem', () => {
  it('takes whole pieces from 1 up to the limit', () => {
    for (const text of ['1', '6', ' 3 ']) expect(quantityProblem(text, 6), text).toBeNull();
  });

  it('names what is wrong with 0, negative, fractional, too many or no pieces', () => {
    expect(quantityProblem('0', 6)).toBe('At least 1 piece.');
    expect(quantityProblem('-5', 6)).toBe('At least 1 piece.');
    expect(quantityProblem('2.5', 6)).toBe('Whole pieces only.');
    expect(quantityProblem('7', 6)).toBe('Only 6 in stock.');
    expect(quantityProblem('1200', 1100)).toBe('Only 1,100 in stock.');
    expect(quantityProblem('', 6)).toBe('Enter how many pieces you would like.');
    expect(quantityProblem('e', 6)).toBe('Enter a number of pieces.');
  });

  it('speaks of the line limit, not the stock, when the stock is larger', () => {
    expect(quantityProblem('100001', lineLimit(250_000))).toBe('At most 100,000 pieces per line.');
    expect(lineLimit(250_000)).toBe(MAX_LINE_QUANTITY);
  });
});
