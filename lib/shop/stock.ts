// What a stock figure means to a buyer (badges) and to staff (low-stock alerts).
export const LOW_STOCK_THRESHOLD = 10;

export type StockLevel = 'in_stock' | 'low' | 'sold_out';

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return 'sold_out';
  return stock < LOW_STOCK_THRESHOLD ? 'low' : 'in_stock';
}

/** True when an order took the stock from at or above the threshold to below it: alert once per dip. */
export const fellBelowThreshold = (before: number, after: number) => before >= LOW_STOCK_THRESHOLD && after < LOW_STOCK_THRESHOLD;
