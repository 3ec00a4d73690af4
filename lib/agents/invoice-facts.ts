// What finance files from an invoice document: its number and the amount to pay. Pure; English and German labels.

export type Money = { cents: number; currency: string };
export type InvoiceFacts = { number: string | null; total: Money | null };

const CURRENCY_OF: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
const CURRENCY = '(€|EUR|USD|GBP|CHF|£|\\$)';
const AMOUNT = "(\\d{1,3}(?:[.,']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
// An amount is money when it carries a currency or cents: "EUR 1,250.00", "1.250,00 €", "1250.00". A number that
// is part of a word ("INV-0815") is not, nor one whose currency sign belongs to the next amount ("0815 EUR 12.50").
const STANDALONE = "(?<![\\w.,'/-])";
const MONEY = new RegExp(
  `${CURRENCY}\\s*${AMOUNT}|${STANDALONE}${AMOUNT}\\s*${CURRENCY}(?!\\s*\\d)|${STANDALONE}(\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}|\\d+[.,]\\d{2})(?!\\d)`,
  'gi',
);

const NUMBER_LABEL = /(?:invoice\s*(?:number|no\.?|nr\.?|#)|rechnungs\s*-?\s*(?:nummer|nr\.?)|rechnungsnr\.?|rechnung\s+nr\.?)\s*[:#]?\s*([A-Z0-9][A-Z0-9\-/._]*)/i;
const NUMBER_TITLE = /\b(?:invoice|rechnung)\s+([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*)/i;
// Most specific first: a "Total due" line beats a plain "Total"; net amounts are never the amount to pay.
const TOTAL_LABELS = [
  /total\s+due|amount\s+due|balance\s+due|grand\s+total|total\s+amount|gesamtbetrag|rechnungsbetrag|zahlbetrag|zu\s+zahlen|endbetrag|bruttobetrag|summe\s+brutto/i,
  /\btotal\b|\bsumme\b/i,
];
const NET = /\bnet(?:to)?\b|\(net\)/i;

/** "1.250,00" / "1,250.00" / "1250" → cents. The last separator followed by one or two digits is the decimal one. */
export function parseAmount(text: string): number | null {
  const digits = text.replace(/'/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const cents = decimal ? Number(decimal[1].padEnd(2, '0')) : 0;
  const value = Number(whole) * 100 + cents;
  return Number.isSafeInteger(value) ? value : null;
}

/** Every amount of money in the text, in order. */
export function moneyIn(text: string, fallbackCurrency = 'EUR'): Money[] {
  const found: Money[] = [];
  for (const m of text.matchAll(MONEY)) {
    const currency = m[1] ?? m[4];
    const cents = parseAmount(m[2] ?? m[3] ?? m[5]);
    if (cents === null) continue;
    found.push({ cents, currency: currency ? (CURRENCY_OF[currency] ?? currency.toUpperCase()) : fallbackCurrency });
  }
  return found;
}

function totalOf(lines: string[]): Money | null {
  for (const label of TOTAL_LABELS) {
    for (const line of lines) {
      const at = label.exec(line);
      if (!at || NET.test(line)) continue;
      const amounts = moneyIn(line.slice(at.index + at[0].length));
      if (amounts.length) return amounts[amounts.length - 1];
    }
  }
  // A document with a single amount in it leaves no doubt which one is due.
  const all = moneyIn(lines.join('\n'));
  const distinct = new Set(all.map((m) => `${m.cents} ${m.currency}`));
  return distinct.size === 1 ? all[0] : null;
}

export function readInvoice(text: string): InvoiceFacts {
  const lines = text.split(/\r?\n/);
  const labelled = lines.map((l) => NUMBER_LABEL.exec(l)?.[1]).find((n) => n && /\d/.test(n));
  const number = labelled ?? lines.map((l) => NUMBER_TITLE.exec(l)?.[1]).find(Boolean) ?? null;
  return { number: number?.replace(/[.,]+$/, '') ?? null, total: totalOf(lines) };
}

const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney({ cents, currency }: Money): string {
  let f = formats.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-IE', { style: 'currency', currency });
    } catch {
      f = new Intl.NumberFormat('en-IE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    formats.set(currency, f);
  }
  return f.format(cents / 100);
}
