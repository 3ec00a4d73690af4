// Which VAT an order owes. Happy Buttons GmbH sells from Germany, so the goods' destination and the buyer's VAT ID decide:
// - delivery in Germany: 19 % German VAT;
// - delivery outside the EU (Switzerland, the United Kingdom, …): 0 %, an export;
// - delivery to another EU country: 0 % reverse charge when the buyer gives a VAT ID of its billing country, else 19 %.
// Known simplification: EU consumers pay German VAT; the OSS destination rates of their countries are out of scope.
// Client-safe: no server imports here.

export const GERMAN_VAT_PERCENT = 19;

export const VAT_TREATMENTS = ['STANDARD', 'EXPORT', 'REVERSE_CHARGE'] as const;
export type VatTreatment = (typeof VAT_TREATMENTS)[number];
export type VatRule = { vatRatePercent: number; vatTreatment: VatTreatment };

export const GERMAN_VAT: VatRule = { vatRatePercent: GERMAN_VAT_PERCENT, vatTreatment: 'STANDARD' };
const EXPORT: VatRule = { vatRatePercent: 0, vatTreatment: 'EXPORT' };
const REVERSE_CHARGE: VatRule = { vatRatePercent: 0, vatTreatment: 'REVERSE_CHARGE' };

const EU_COUNTRIES: ReadonlySet<string> = new Set(
  ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
);

/** The Swiss UID as printed on invoices: CHE-123.456.789 MWST (or TVA / IVA); dots, dash and suffix optional. */
const SWISS_UID = /^CHE-?\d{3}\.?\d{3}\.?\d{3}(\s?(MWST|TVA|IVA))?$/;
const FORMATS: Readonly<Record<string, RegExp>> = { DE: /^DE\d{9}$/, GB: /^GB(\d{9}|\d{12})$/, CH: SWISS_UID };
const EU_STYLE = /^[A-Z]{2}[A-Z0-9]{2,13}$/;

/** The country a VAT ID belongs to: its prefix (Greece writes EL, Switzerland CHE). */
export function vatIdCountry(vatId: string): string {
  const id = vatId.trim().toUpperCase();
  if (id.startsWith('CHE')) return 'CH';
  if (id.startsWith('EL')) return 'GR';
  return id.slice(0, 2);
}

/** Upper-case, trimmed ID in its country's format: DE123456789, GB123456789, CHE-123.456.789 MWST, or EU-style. */
export function isVatIdFormat(vatId: string): boolean {
  return (FORMATS[vatIdCountry(vatId)] ?? EU_STYLE).test(vatId);
}

export type VatDestination = { shippingCountry: string; billingCountry: string; vatId?: string | null };

/** A draft's placeholder address names no country: it is charged as a German delivery until staff complete it. */
export function vatFor({ shippingCountry, billingCountry, vatId }: VatDestination): VatRule {
  if (!shippingCountry || shippingCountry === 'DE') return GERMAN_VAT;
  if (!EU_COUNTRIES.has(shippingCountry)) return EXPORT;
  const businessElsewhereInEu = !!vatId && billingCountry !== 'DE' && EU_COUNTRIES.has(billingCountry) && vatIdCountry(vatId) === billingCountry;
  return businessElsewhereInEu ? REVERSE_CHARGE : GERMAN_VAT;
}

/** "VAT 19 %", "VAT 0 % — export outside the EU", "VAT 0 % — reverse charge, VAT ID ATU12345678". */
export function vatLabel(order: VatRule & { vatId?: string | null }): string {
  const rate = `VAT ${order.vatRatePercent} %`;
  if (order.vatTreatment === 'EXPORT') return `${rate} — export outside the EU`;
  if (order.vatTreatment === 'REVERSE_CHARGE') return `${rate} — reverse charge${order.vatId ? `, VAT ID ${order.vatId}` : ''}`;
  return rate;
}

/** What the storefront may promise before it knows where the goods go. */
export const NET_PRICE_NOTE = `Prices are net, plus VAT where due (${GERMAN_VAT_PERCENT} % for delivery in Germany).`;
