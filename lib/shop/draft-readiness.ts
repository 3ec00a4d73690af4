// What still stands between a draft from email and its confirmation, shown beside Confirm: the addresses the agent
// could not know, and each line the stock cannot cover now (priced and checked as the cart's quote is).
import type { OrderWithItems } from './order-queries';
import { missingAddresses } from './order-addresses';
import { quoteItems, type QuoteLine } from './quote';

function stockProblem(line: QuoteLine, name: string): string | null {
  if (line.problem === 'short') return `${name} (${line.sku}): ${line.stock} in stock, ${line.quantity} ordered.`;
  if (line.problem === 'sold_out') return `${name} (${line.sku}): sold out, ${line.quantity} ordered.`;
  if (line.problem === 'unknown') return `${name} (${line.sku}) is no longer in the catalog.`;
  return null;
}

export async function draftProblems(order: OrderWithItems): Promise<string[]> {
  const quote = await quoteItems(order.items.map((i) => ({ sku: i.sku, quantity: i.quantity })));
  const stock = quote.lines.map((l, n) => stockProblem(l, order.items[n].name)).filter((p): p is string => p !== null);
  const addresses = missingAddresses(order).map((m) => `${m.message.charAt(0).toUpperCase()}${m.message.slice(1)}.`);
  return [...addresses, ...stock];
}
