import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY } from './cart-store';
import { addNotice, lineLimit, quantityProblem } from './quantity';

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

describe('addNotice', () => {
  it('says nothing when all that was asked for went into the cart', () => {
    expect(addNotice({ had: 4, asked: 2, holds: 6 })).toBeNull();
    expect(addNotice({ had: 0, asked: 3, holds: 3 })).toBeNull();
  });

  it('says what the cart holds when the stock capped an add', () => {
    expect(addNotice({ had: 4, asked: 5, holds: 6 })).toBe('Only 6 in stock: your cart now holds 6 (you had 4).');
    expect(addNotice({ had: 0, asked: 8, holds: 6 })).toBe('Only 6 in stock: your cart now holds 6.');
    expect(addNotice({ had: 6, asked: 1, holds: 6 })).toBe('Only 6 in stock: your cart already holds 6, so none were added.');
    // The stock fell since the line was added: the line shrinks, and says so.
    expect(addNotice({ had: 4, asked: 1, holds: 3 })).toBe('Only 3 in stock: your cart now holds 3 (you had 4).');
  });

  it('speaks of the line limit when that capped the add', () => {
    expect(addNotice({ had: 99_000, asked: 2_000, holds: MAX_LINE_QUANTITY })).toBe('At most 100,000 pieces per line: your cart now holds 100,000 (you had 99,000).');
  });
});
