// Invoices from our suppliers and carriers, with the invoice as PDF, for the Finance office.
import { ibanFor, invoicePdf, invoiceTotals, type InvoiceLine } from '../documents';
import { SUPPLIERS, type Party } from '../parties';
import type { DrawContext, Template } from '../types';
import { addDays, day, greeting, money, signature } from '../writing';

function invoiceLines(c: DrawContext, issuer: Party): InvoiceLine[] {
  const goods = c.rng.sample(issuer.company.goods ?? [], c.rng.int(1, 3));
  return goods.map((description) => ({ description, quantity: c.rng.pick([1, 2, 5, 10, 20, 40]), unitCents: c.rng.int(18, 950) * 100 + c.rng.pick([0, 50, 90]) }));
}

async function invoice(c: DrawContext, issuer: Party, number: string, filename: string, dueDays = 30) {
  const lines = invoiceLines(c, issuer);
  const account = issuer.company.domain.endsWith('.lt') ? ibanFor('LT', `${c.rng.int(10000000, 99999999)}${c.rng.int(10000000, 99999999)}`) : ibanFor('DE', `${c.rng.int(100000000, 999999999)}${c.rng.int(100000000, 999999999)}`);
  const attachment = await invoicePdf(filename, { issuer, number, lines, at: c.at, dueDays, ourName: c.ourName, iban: account });
  return { attachment, gross: invoiceTotals(lines).gross, due: addDays(c.at, dueDays) };
}

const supplier = (c: DrawContext, lang?: 'de' | 'en') => c.person(SUPPLIERS.filter((s) => !s.domain.startsWith('spedition')), lang);

export const INVOICE_TEMPLATES: Template[] = [
  {
    key: 'invoice_en',
    kind: 'invoice',
    weight: 3,
    async build(c) {
      const from = supplier(c, 'en');
      const n = `${c.at.getUTCFullYear()}-${c.rng.int(100, 999)}`;
      const { attachment, gross, due } = await invoice(c, from, n, `invoice_${n}.pdf`);
      return {
        from,
        to: c.inbox('finance'),
        subject: `Invoice ${n} from ${from.company.name}`,
        text: [greeting(c.rng, 'en'), `Please find attached our invoice ${n} for ${money(gross, 'en')}, payable by ${day(due, 'en')}.`, signature(c.rng, 'en', from)].join('\n\n'),
        html: c.rng.chance(0.3) || undefined,
        attachments: [attachment],
      };
    },
  },
  {
    key: 'rechnung_de',
    kind: 'invoice',
    weight: 3,
    async build(c) {
      const from = supplier(c, 'de');
      const n = `RE-${c.at.getUTCFullYear()}-${String(c.rng.int(1, 9999)).padStart(4, '0')}`;
      const { attachment, gross, due } = await invoice(c, from, n, `Rechnung_${n}.pdf`, 14);
      return {
        from,
        to: c.inbox('finance'),
        subject: `Rechnung ${n}`,
        text: [greeting(c.rng, 'de'), `anbei erhalten Sie unsere Rechnung ${n} über ${money(gross, 'de')}.`, `Zahlbar bis ${day(due, 'de')} ohne Abzug.`, signature(c.rng, 'de', from)].join('\n\n'),
        encoding: c.rng.chance(0.5) ? 'latin1-qp' : 'utf8-qp',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'invoice_inv_code',
    kind: 'invoice',
    weight: 2,
    async build(c) {
      const from = supplier(c, 'en');
      const n = `INV-${c.rng.int(10000, 99999)}`;
      const { attachment, gross } = await invoice(c, from, n, `${n}.pdf`);
      return {
        from: { name: `${from.company.name} Accounts`, email: `accounts@${from.company.domain}` },
        to: c.inbox('finance'),
        subject: `Your invoice ${n}`,
        text: `Dear customer,\n\nThis is your invoice ${n} (${money(gross, 'en')}). The PDF is attached.\n\nThis mailbox is monitored by our accounts team.\n\n${from.company.name}`,
        attachments: [attachment],
      };
    },
  },
  {
    key: 'rechnung_fracht_de',
    kind: 'invoice',
    weight: 1,
    async build(c) {
      const from = c.person(SUPPLIERS.filter((s) => s.domain.startsWith('spedition')));
      const n = String(c.rng.int(200000, 299999));
      const { attachment, gross } = await invoice(c, from, n, `Rechnung_${n}.pdf`, 10);
      return {
        from,
        to: c.inbox('finance'),
        subject: `Frachtrechnung Nr. ${n}`,
        text: [greeting(c.rng, 'de'), `für die Transporte der letzten Woche stellen wir ${money(gross, 'de')} in Rechnung. Details entnehmen Sie bitte der Anlage.`, signature(c.rng, 'de', from)].join('\n\n'),
        encoding: 'latin1-base64',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'invoice_reminder_en',
    kind: 'invoice',
    weight: 1,
    async build(c) {
      const from = supplier(c, 'en');
      const n = `${c.at.getUTCFullYear()}-${c.rng.int(10, 99)}`;
      const issued = addDays(c.at, -c.rng.int(35, 60));
      const { attachment, gross } = await invoice(c, from, n, `invoice_${n}.pdf`);
      return {
        from,
        to: c.inbox('finance'),
        subject: `Payment reminder: invoice ${n}`,
        text: [greeting(c.rng, 'en'), `According to our records, invoice ${n} of ${day(issued, 'en')} for ${money(gross, 'en')} is still open. A copy is attached.`, 'If payment has already been made, please disregard this reminder.', signature(c.rng, 'en', from)].join('\n\n'),
        attachments: [attachment],
      };
    },
  },
];
