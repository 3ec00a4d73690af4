// Order lines as customers write them, in a PDF table or a mail body: a catalog SKU and its quantity on one line.
// Pure. A line the reader is not sure about becomes a problem (and the email goes to a person), never a guess.

export type CatalogProduct = { id: string; sku: string; name: string; priceCents: number; active: boolean };
/** Upper-case SKU → product. */
export type Catalog = ReadonlyMap<string, CatalogProduct>;

export type OrderLineRead = { sku: string; quantity: number };
export type OrderLinesReading = { lines: OrderLineRead[]; problems: string[] };

const MAX_QUANTITY = 1_000_000;

// Letters and digits joined by - . _ / : "HB-PRM-001", "A1234", "BTN/25/GOLD".
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?/g;
const CURRENCY = '(?:€|EUR|USD|GBP|CHF|£|\\$)';
// Prices and amounts, so their digits are not taken for a quantity: "EUR 2,450.00", "2.450,00 €", "12.50".
// A currency after a number only counts when no amount follows it: in "500 EUR 2,450.00" the 500 is a quantity.
const MONEY = new RegExp(`${CURRENCY}\\s*\\d[\\d.,']*|\\d[\\d.,']*\\s*${CURRENCY}(?!\\s*\\d)|\\d[\\d.,']*[.,]\\d{2}(?!\\d)`, 'gi');
const DATE = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g;
// Whole numbers, with thousands grouped by "," "." or "'" (1,000 / 1.000 / 1'000); never part of a decimal.
const WHOLE_NUMBER = /(?<![\d.,'])(?:\d{1,3}(?:([.,'])\d{3})(?:\1\d{3})*|\d+)(?![\d]|[.,']\d)/g;
// "500 x HB-1001", "20 pcs HB-STD-001": a quantity written before the SKU.
const QUANTITY_BEFORE = /(\d{1,3}(?:[.,']\d{3})+|\d+)\s*(?:x|×|pcs\.?|pieces|stk\.?|stück|units?)\s*$/i;

const shortLine = (line: string) => (line.trim().length > 60 ? `${line.trim().slice(0, 57)}…` : line.trim());
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toInt = (digits: string) => Number(digits.replace(/[.,']/g, ''));

/** Words that could be SKUs (contain a digit), upper-cased and de-duplicated: what to look up in the catalog. */
export function skuCandidates(text: string, limit = 500): string[] {
  const found = new Set<string>();
  for (const [token] of text.matchAll(TOKEN)) {
    if (token.length < 3 || token.length > 40 || !/\d/.test(token)) continue;
    found.add(token.toUpperCase());
    if (found.size >= limit) break;
  }
  return [...found];
}

type Quantity = { kind: 'found'; value: number } | { kind: 'none' } | { kind: 'unclear'; values: number[] };

/** The quantity in what follows the SKU: the one whole number left once the product name, prices and dates are gone. */
function quantityAfter(rest: string, productName: string): Quantity {
  const cleaned = rest.replace(new RegExp(escapeRegExp(productName), 'gi'), ' ').replace(MONEY, ' ').replace(DATE, ' ');
  const values = [...cleaned.matchAll(WHOLE_NUMBER)].map((m) => toInt(m[0]));
  if (values.length === 1) return { kind: 'found', value: values[0] };
  return values.length ? { kind: 'unclear', values } : { kind: 'none' };
}

export function readOrderLines(text: string, catalog: Catalog): OrderLinesReading {
  const quantities = new Map<string, number>();
  const problems: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const hits = [...line.matchAll(TOKEN)].filter((m) => catalog.has(m[0].toUpperCase()));
    if (!hits.length) continue;
    const skus = new Set(hits.map((m) => m[0].toUpperCase()));
    if (skus.size > 1) {
      problems.push(`one line names several SKUs (${[...skus].join(', ')}): "${shortLine(line)}"`);
      continue;
    }
    const hit = hits[0];
    const sku = hit[0].toUpperCase();
    const before = QUANTITY_BEFORE.exec(line.slice(0, hit.index));
    let quantity = quantityAfter(line.slice(hit.index + hit[0].length), catalog.get(sku)!.name);
    if (quantity.kind === 'none' && before) quantity = { kind: 'found', value: toInt(before[1]) };
    if (quantity.kind === 'none') {
      problems.push(`no quantity for ${sku}: "${shortLine(line)}"`);
      continue;
    }
    if (quantity.kind === 'unclear') {
      problems.push(`unclear quantity for ${sku} (${quantity.values.join(' or ')}): "${shortLine(line)}"`);
      continue;
    }
    if (quantity.value < 1 || quantity.value > MAX_QUANTITY) {
      problems.push(`quantity ${quantity.value} for ${sku} is out of range`);
      continue;
    }
    quantities.set(sku, (quantities.get(sku) ?? 0) + quantity.value);
  }
  return { lines: [...quantities].map(([sku, quantity]) => ({ sku, quantity })), problems };
}

/** Same SKUs with the same quantities, in any order. */
export function sameLines(a: readonly OrderLineRead[], b: readonly OrderLineRead[]): boolean {
  const key = (lines: readonly OrderLineRead[]) => lines.map((l) => `${l.sku}×${l.quantity}`).sort().join(',');
  return key(a) === key(b);
}
