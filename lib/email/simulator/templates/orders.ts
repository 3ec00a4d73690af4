// Purchase orders with a PDF attached: the bread and butter of the Orders office.
import { orderPdf } from '../documents';
import { CUSTOMERS, OEM_CUSTOMERS, type Party } from '../parties';
import type { DrawContext, OrderLine, Template } from '../types';
import { addDays, day, greeting, linesAsText, signature } from '../writing';

async function order(c: DrawContext, buyer: Party, filename: (n: string) => string, number: string, lines: OrderLine[]) {
  const deliveryBy = addDays(c.at, c.rng.int(10, 45));
  const attachment = await orderPdf(filename(number), { buyer, number, lines, deliveryBy, at: c.at, ourName: c.ourName });
  return { deliveryBy, attachment };
}

export const ORDER_TEMPLATES: Template[] = [
  {
    key: 'order_pdf_en',
    kind: 'order',
    weight: 4,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'en');
      const n = String(c.rng.int(10000, 99999));
      const { deliveryBy, attachment } = await order(c, buyer, (x) => `order_${x}.pdf`, n, c.orderLines(1, 5));
      return {
        from: buyer,
        to: c.inbox('orders'),
        subject: c.rng.pick([`Purchase order ${n}`, `New order ${n}`, `Order ${n} – ${buyer.company.name}`]),
        text: [greeting(c.rng, 'en'), `Please find attached our purchase order ${n}. We would like delivery by ${day(deliveryBy, 'en')}.`, c.rng.pick(['Kindly confirm receipt and the delivery date.', 'Could you confirm the order at your earliest convenience?', 'Thank you in advance for your confirmation.']), signature(c.rng, 'en', buyer)].join('\n\n'),
        html: c.rng.chance(0.5) || undefined,
        attachments: [attachment],
      };
    },
  },
  {
    key: 'order_pdf_de',
    kind: 'order',
    weight: 4,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'de');
      const n = String(c.rng.int(1000, 9999));
      const { deliveryBy, attachment } = await order(c, buyer, (x) => `Bestellung_${x}.pdf`, n, c.orderLines(1, 4));
      return {
        from: buyer,
        to: c.inbox('orders'),
        subject: c.rng.pick([`Bestellung ${n}`, `Neue Bestellung Nr. ${n}`, `Bestellung ${n} - bitte bestätigen`]),
        text: [greeting(c.rng, 'de'), `anbei erhalten Sie unsere Bestellung Nr. ${n}. Gewünschter Liefertermin ist der ${day(deliveryBy, 'de')}.`, 'Bitte senden Sie uns eine Auftragsbestätigung.', signature(c.rng, 'de', buyer)].join('\n\n'),
        encoding: c.rng.chance(0.4) ? 'latin1-qp' : 'utf8-qp',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'order_po_short',
    kind: 'order',
    weight: 2,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'en');
      const n = String(c.rng.int(400000, 499999));
      const { attachment } = await order(c, buyer, (x) => `PO_${x}.pdf`, n, c.orderLines(1, 2));
      return { from: buyer, to: c.inbox('orders'), subject: `PO${n}`, text: `PO attached.\n\nThanks,\n${buyer.name.split(' ')[0]}`, attachments: [attachment] };
    },
  },
  {
    key: 'order_lines_in_body',
    kind: 'order',
    weight: 2,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'en');
      const n = `${c.at.getUTCFullYear()}-${c.rng.int(100, 999)}`;
      const lines = c.orderLines(2, 6);
      const { deliveryBy, attachment } = await order(c, buyer, (x) => `purchase-order-${x}.pdf`, n, lines);
      return {
        from: buyer,
        to: c.inbox('orders'),
        subject: `Purchase Order ${n}`,
        text: [greeting(c.rng, 'en'), `We are pleased to place the following order (PO ${n}, formal copy attached):`, linesAsText(lines, 'en'), `Delivery to our warehouse in ${buyer.company.city} by ${day(deliveryBy, 'en')}, please.`, signature(c.rng, 'en', buyer)].join('\n\n'),
        encoding: 'utf8-base64',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'order_repeat_de',
    kind: 'order',
    weight: 2,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'de');
      const n = String(c.rng.int(1000, 9999));
      const lines = c.orderLines(1, 3);
      const { attachment } = await order(c, buyer, (x) => `Bestellung_${x}.pdf`, n, lines);
      return {
        from: buyer,
        to: c.inbox('orders'),
        subject: `Nachbestellung – Bestellung ${n}`,
        text: [greeting(c.rng, 'de'), 'wie telefonisch besprochen bestellen wir nach:', linesAsText(lines, 'de'), 'Die Bestellung liegt als PDF bei. Konditionen wie bisher.', signature(c.rng, 'de', buyer)].join('\n\n'),
        encoding: 'utf8-base64',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'order_delivery_address_de',
    kind: 'order',
    weight: 1,
    async build(c) {
      const buyer = c.person(CUSTOMERS, 'de');
      const n = String(c.rng.int(1000, 9999));
      const { attachment } = await order(c, buyer, (x) => `Bestellung_${x}.pdf`, n, c.orderLines(1, 3));
      return {
        from: buyer,
        to: c.inbox('orders'),
        subject: `Bestellung ${n} - abweichende Lieferadresse`,
        text: [greeting(c.rng, 'de'), `bitte liefern Sie unsere beigefügte Bestellung ${n} ausnahmsweise an unser Außenlager:`, `${buyer.company.name}\nLager Süd, Tor 3\nIndustriestraße ${c.rng.int(1, 80)}\n${buyer.company.city}`, 'Die Rechnung geht wie gewohnt an unsere Hauptadresse.', signature(c.rng, 'de', buyer)].join('\n\n'),
        encoding: 'latin1-qp',
        attachments: [attachment],
      };
    },
  },
  {
    key: 'order_oem_framework',
    kind: 'order',
    weight: 2,
    async build(c) {
      const buyer = c.person(OEM_CUSTOMERS);
      const de = buyer.company.lang === 'de';
      const n = `${de ? 'RM' : 'CA'}${c.rng.int(100000, 999999)}`;
      const { deliveryBy, attachment } = await order(c, buyer, (x) => `order_${x}.pdf`, n, c.orderLines(1, 2, ['specialty']));
      const text = de
        ? [greeting(c.rng, 'de'), `gemäß Rahmenvertrag RV-${c.at.getUTCFullYear()}-03 bestellen wir laut beigefügter Bestellung ${n}. Anlieferung bis ${day(deliveryBy, 'de')} an Werk ${buyer.company.city}, Tor 5.`, signature(c.rng, 'de', buyer)]
        : [greeting(c.rng, 'en'), `Under our framework agreement FA-${c.at.getUTCFullYear()}-07 please accept the attached order ${n}, for delivery to our ${buyer.company.city} plant by ${day(deliveryBy, 'en')}.`, signature(c.rng, 'en', buyer)];
      return { from: buyer, to: c.inbox('orders'), subject: de ? `Bestellung ${n} (Rahmenvertrag)` : `Order ${n} (framework agreement)`, text: text.join('\n\n'), html: true, attachments: [attachment] };
    },
  },
];
