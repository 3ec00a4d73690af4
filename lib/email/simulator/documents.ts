// The business documents customers and suppliers attach: purchase orders, invoices and delivery notes as PDFs.
import type { Party } from './parties';
import { documentPdf } from './pdf';
import type { AttachmentDraft, OrderLine } from './types';
import { addDays, day, lineTotal, money } from './writing';

const pdf = (filename: string, content: Buffer): AttachmentDraft => ({ filename, contentType: 'application/pdf', content });
const issuerOf = (p: Party) => [p.company.name, p.company.city, `www.${p.company.domain}`];

export async function orderPdf(filename: string, o: { buyer: Party; number: string; lines: OrderLine[]; deliveryBy: Date; at: Date; ourName: string }) {
  const de = o.buyer.company.lang === 'de';
  const lang = o.buyer.company.lang;
  const content = await documentPdf({
    title: de ? `Bestellung ${o.number}` : `Purchase Order ${o.number}`,
    issuer: issuerOf(o.buyer),
    facts: [
      [de ? 'Bestellnummer' : 'Order number', o.number],
      [de ? 'Datum' : 'Date', day(o.at, lang)],
      [de ? 'Lieferant' : 'Vendor', o.ourName],
      [de ? 'Liefertermin' : 'Delivery by', day(o.deliveryBy, lang)],
      [de ? 'Ansprechpartner' : 'Contact', `${o.buyer.name} <${o.buyer.email}>`],
    ],
    table: {
      columns: [{ head: 'Pos', x: 50 }, { head: de ? 'Artikel-Nr.' : 'SKU', x: 80 }, { head: de ? 'Bezeichnung' : 'Description', x: 160 }, { head: de ? 'Menge' : 'Qty', x: 420, align: 'right' }, { head: de ? 'Betrag' : 'Amount', x: 545, align: 'right' }],
      rows: o.lines.map((l, i) => [String(i + 1), l.sku, l.name, String(l.quantity), money(l.quantity * l.unitCents, lang)]),
    },
    closing: [`${de ? 'Gesamtsumme netto' : 'Total (net)'}: ${money(lineTotal(o.lines), lang)}`, de ? 'Bitte bestätigen Sie den Auftrag.' : 'Please confirm this order.'],
    createdAt: o.at,
  });
  return pdf(filename, content);
}

export type InvoiceLine = { description: string; quantity: number; unitCents: number };

export const invoiceTotals = (lines: InvoiceLine[]) => {
  const net = lines.reduce((s, l) => s + l.quantity * l.unitCents, 0);
  const vat = Math.round(net * 0.19);
  return { net, vat, gross: net + vat };
};

export async function invoicePdf(filename: string, i: { issuer: Party; number: string; lines: InvoiceLine[]; at: Date; dueDays: number; ourName: string; iban: string }) {
  const lang = i.issuer.company.lang;
  const de = lang === 'de';
  const t = invoiceTotals(i.lines);
  const content = await documentPdf({
    title: de ? `Rechnung ${i.number}` : `Invoice ${i.number}`,
    issuer: issuerOf(i.issuer),
    facts: [
      [de ? 'Rechnungsnummer' : 'Invoice number', i.number],
      [de ? 'Rechnungsdatum' : 'Invoice date', day(i.at, lang)],
      [de ? 'Kunde' : 'Bill to', i.ourName],
      [de ? 'Fällig am' : 'Due date', day(addDays(i.at, i.dueDays), lang)],
      ['IBAN', i.iban],
    ],
    table: {
      columns: [{ head: de ? 'Leistung' : 'Description', x: 50 }, { head: de ? 'Menge' : 'Qty', x: 380, align: 'right' }, { head: de ? 'Einzelpreis' : 'Unit price', x: 460, align: 'right' }, { head: de ? 'Betrag' : 'Amount', x: 545, align: 'right' }],
      rows: i.lines.map((l) => [l.description, String(l.quantity), money(l.unitCents, lang), money(l.quantity * l.unitCents, lang)]),
    },
    closing: [
      `${de ? 'Netto' : 'Net'}: ${money(t.net, lang)}`,
      `${de ? 'MwSt. 19 %' : 'VAT 19%'}: ${money(t.vat, lang)}`,
      `${de ? 'Gesamtbetrag' : 'Total due'}: ${money(t.gross, lang)}`,
    ],
    createdAt: i.at,
  });
  return pdf(filename, content);
}

/** Delivery notes, certificates and drawings: a titled sheet of facts and rows. */
export async function sheetPdf(filename: string, s: { issuer: Party; title: string; facts: [string, string][]; rows?: string[][]; heads?: string[]; at: Date }) {
  const xs = [50, 200, 420];
  const content = await documentPdf({
    title: s.title,
    issuer: issuerOf(s.issuer),
    facts: s.facts,
    table: s.rows && s.heads ? { columns: s.heads.map((head, i) => ({ head, x: xs[i] })), rows: s.rows } : undefined,
    createdAt: s.at,
  });
  return pdf(filename, content);
}

/** An IBAN (countries with all-digit account numbers) with a valid ISO 13616 check number, so finance tools accept it. */
export function ibanFor(country: 'DE' | 'LT', digits: string): string {
  const numeric = `${digits}${[...country].map((ch) => ch.charCodeAt(0) - 55).join('')}00`;
  const check = String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
  return `${country}${check}${digits}`.replace(/(.{4})/g, '$1 ').trim();
}
