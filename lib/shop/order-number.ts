// Order numbers HB-YYYY-NNNNNN: one gapless sequence per UTC year, drawn from the Counter table inside
// the order's transaction, so a rolled-back order gives its number back.
import type { Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';

export const ORDER_NUMBER_PATTERN = /^HB-\d{4}-\d{6}$/;

export function formatOrderNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`order sequence out of range: ${sequence}`);
  return `HB-${year}-${String(sequence).padStart(6, '0')}`;
}

const counterKey = (year: number) => `order:${year}`;

type CounterDb = Pick<Db, 'counter'>;

/** Creates the year's counter row before the transaction, so concurrent orders only ever increment it. */
export async function ensureOrderCounter(db: CounterDb, year: number): Promise<void> {
  const key = counterKey(year);
  if (await db.counter.findUnique({ where: { key } })) return;
  try {
    await db.counter.create({ data: { key, value: 0 } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // another request created it first
  }
}

/** Inside the order transaction: the increment locks the row until commit, which keeps numbers gapless. */
export async function nextOrderNumber(tx: CounterDb, year: number): Promise<string> {
  const { value } = await tx.counter.update({ where: { key: counterKey(year) }, data: { value: { increment: 1 } } });
  return formatOrderNumber(year, value);
}
