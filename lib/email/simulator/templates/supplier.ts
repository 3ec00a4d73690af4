// Notes from our suppliers: delivery notes, certificates, raw material news, for Supplier Relations.
import { sheetPdf } from '../documents';
import { SUPPLIERS } from '../parties';
import type { DrawContext, Template } from '../types';
import { addDays, day, greeting, signature } from '../writing';

const maker = (c: DrawContext, lang?: 'de' | 'en') => c.person(SUPPLIERS.filter((s) => !s.domain.startsWith('spedition')), lang);

export const SUPPLIER_TEMPLATES: Template[] = [
  {
    key: 'supplier_delivery_note_de',
    kind: 'supplier',
    weight: 3,
    async build(c) {
      const from = c.person(SUPPLIERS, 'de');
      const n = String(c.rng.int(80000000, 80999999));
      const goods = c.rng.sample(from.company.goods ?? [], 2);
      const attachment = await sheetPdf(`Lieferschein_${n}.pdf`, { issuer: from, title: `Lieferschein ${n}`, facts: [['Lieferdatum', day(c.at, 'de')], ['Empfänger', c.ourName]], heads: ['Position', 'Menge'], rows: goods.map((g) => [g, `${c.rng.int(1, 40)}`]), at: c.at });
      return {
        from,
        to: c.inbox('supplier'),
        subject: `Lieferschein ${n}`,
        text: [greeting(c.rng, 'de'), `anbei der Lieferschein ${n} zur heutigen Lieferung. Die Ware ist unterwegs und wird voraussichtlich am ${day(addDays(c.at, 2), 'de')} bei Ihnen eintreffen.`, signature(c.rng, 'de', from)].join('\n\n'),
        attachments: [attachment],
      };
    },
  },
  {
    key: 'supplier_certificate_en',
    kind: 'supplier',
    weight: 2,
    async build(c) {
      const from = maker(c, 'en');
      const batch = `B${c.rng.int(10000, 99999)}`;
      const attachment = await sheetPdf(`CoC_${batch}.pdf`, { issuer: from, title: 'Certificate of Conformity', facts: [['Batch', batch], ['Material', c.rng.pick(from.company.goods ?? ['raw material'])], ['Standard', 'EN 10204 3.1'], ['Date', day(c.at, 'en')]], at: c.at });
      return {
        from,
        to: c.inbox('supplier'),
        subject: `Certificate of conformity – batch ${batch}`,
        text: [greeting(c.rng, 'en'), `Please find attached the certificate of conformity for batch ${batch}, shipped today.`, signature(c.rng, 'en', from)].join('\n\n'),
        attachments: [attachment],
      };
    },
  },
  {
    key: 'supplier_price_change_de',
    kind: 'supplier',
    weight: 1,
    build(c) {
      const from = maker(c, 'de');
      const from1st = new Date(Date.UTC(c.at.getUTCFullYear(), c.at.getUTCMonth() + 2, 1));
      return {
        from,
        to: c.inbox('supplier'),
        subject: 'Preisanpassung Rohstoffe',
        text: [greeting(c.rng, 'de'), `aufgrund gestiegener Rohstoffkosten müssen wir unsere Preise zum ${day(from1st, 'de')} um ${c.rng.int(3, 9)} % anpassen. Bereits bestätigte Aufträge sind davon nicht betroffen.`, 'Als langjähriger Lieferant bedauern wir diesen Schritt und stehen für Gespräche gerne zur Verfügung.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: 'latin1-qp',
      };
    },
  },
  {
    key: 'supplier_shipment_en',
    kind: 'supplier',
    weight: 2,
    build(c) {
      const from = maker(c, 'en');
      const goods = c.rng.pick(from.company.goods ?? ['raw material']);
      return {
        from,
        to: c.inbox('supplier'),
        subject: `Raw material shipment dispatched – ${goods}`,
        text: [greeting(c.rng, 'en'), `Your raw material order has left our warehouse today: ${goods}, ${c.rng.int(2, 30)} cartons. Tracking number ${c.rng.hex(12).toUpperCase()}.`, `Expected arrival: ${day(addDays(c.at, c.rng.int(3, 14)), 'en')}.`, signature(c.rng, 'en', from)].join('\n\n'),
        html: true,
      };
    },
  },
  {
    key: 'supplier_materialzeugnis_de',
    kind: 'supplier',
    weight: 1,
    build(c) {
      const from = maker(c, 'de');
      return {
        from,
        to: c.inbox('supplier'),
        subject: `Materialzeugnis 3.1 zu Charge ${c.rng.int(1000, 9999)}`,
        text: [greeting(c.rng, 'de'), 'das angeforderte Materialzeugnis nach EN 10204 3.1 reichen wir nach Freigabe durch unser Labor morgen nach.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: 'utf8-base64',
      };
    },
  },
  {
    key: 'supplier_holiday_en',
    kind: 'supplier',
    weight: 1,
    build(c) {
      const from = maker(c, 'en');
      const start = addDays(c.at, c.rng.int(20, 60));
      return {
        from,
        to: c.inbox('supplier'),
        subject: 'Supplier notice: production holiday',
        text: [greeting(c.rng, 'en'), `Our plant will be closed for maintenance from ${day(start, 'en')} to ${day(addDays(start, 14), 'en')}. Please place orders for delivery in that period at least three weeks in advance.`, signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
];
