// Questions from customers and prospects: prices, samples, custom buttons, lead times, catalogues.
import { CUSTOMERS, INVENTED_CUSTOMERS, PROSPECTS, SEEDED_PROSPECTS } from '../parties';
import type { Template } from '../types';
import { greeting, signature } from '../writing';

const ANYONE = [...CUSTOMERS, ...PROSPECTS];

export const INQUIRY_TEMPLATES: Template[] = [
  {
    key: 'inquiry_price_en',
    kind: 'inquiry',
    weight: 3,
    build(c) {
      const from = c.person(ANYONE, 'en');
      const [item] = c.orderLines(1, 1);
      const qty = c.rng.pick([5000, 10000, 20000, 50000]);
      return {
        from,
        to: c.inbox('support'),
        subject: `Price request: ${qty} x ${item.name}`,
        text: [greeting(c.rng, 'en'), `Could you quote us for ${qty} pieces of ${item.name} (${item.sku})? We would also like to know your volume discounts and payment terms.`, signature(c.rng, 'en', from)].join('\n\n'),
        html: c.rng.chance(0.4) || undefined,
      };
    },
  },
  {
    key: 'inquiry_muster_de',
    kind: 'inquiry',
    weight: 3,
    build(c) {
      const from = c.person(ANYONE, 'de');
      const items = c.orderLines(2, 3);
      return {
        from,
        to: c.inbox('support'),
        subject: 'Anfrage Musterknöpfe',
        text: [greeting(c.rng, 'de'), `für eine neue Kollektion möchten wir folgende Artikel bemustern: ${items.map((i) => i.sku).join(', ')}.`, 'Können Sie uns jeweils zehn Muster zusenden? Die Kosten übernehmen wir selbstverständlich.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: c.rng.chance(0.5) ? 'latin1-qp' : 'utf8-qp',
      };
    },
  },
  {
    key: 'inquiry_custom_logo_en',
    kind: 'inquiry',
    weight: 2,
    build(c) {
      const from = c.person(ANYONE, 'en');
      return {
        from,
        to: `info@${c.ourDomain}`,
        subject: 'Custom buttons with our logo?',
        text: [greeting(c.rng, 'en'), `We are a ${c.rng.pick(['uniform', 'outerwear', 'bridal', 'school wear'])} brand and would love buttons embossed with our logo. What is the minimum order quantity, and how long does tooling take?`, signature(c.rng, 'en', from)].join('\n\n'),
        html: true,
      };
    },
  },
  {
    key: 'inquiry_lieferzeit_de',
    kind: 'inquiry',
    weight: 2,
    build(c) {
      const from = c.person(ANYONE, 'de');
      const [item] = c.orderLines(1, 1);
      return {
        from,
        to: c.inbox('orders'),
        subject: `Lieferzeit ${item.sku}?`,
        text: `Hallo,\n\nwie ist aktuell die Lieferzeit für ${item.name} (${item.sku}) bei ${item.quantity} Stück?\n\nDanke und Gruß\n${from.name}`,
        encoding: 'latin1-qp',
      };
    },
  },
  {
    key: 'inquiry_catalogue_en',
    kind: 'inquiry',
    weight: 2,
    build(c) {
      const from = c.rng.chance(0.5) ? c.rng.pick(SEEDED_PROSPECTS) : c.person(PROSPECTS, 'en');
      return {
        from,
        to: `sales@${c.ourDomain}`,
        subject: 'Catalogue and price list',
        text: [greeting(c.rng, 'en'), `We met your team at the trade fair in ${c.rng.pick(['Frankfurt', 'Paris', 'Milan'])}. Could you send us your current catalogue and trade price list?`, signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
  {
    key: 'inquiry_reach_en',
    kind: 'inquiry',
    weight: 1,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      return {
        from,
        to: c.inbox('support'),
        subject: 'REACH and recycled content declaration',
        text: [greeting(c.rng, 'en'), 'Our sustainability report requires a REACH declaration and the share of recycled material for the buttons we buy from you. Can you provide these for this year?', signature(c.rng, 'en', from)].join('\n\n'),
        encoding: 'utf8-base64',
      };
    },
  },
  {
    key: 'inquiry_haendler_de',
    kind: 'inquiry',
    weight: 1,
    build(c) {
      const from = c.person(INVENTED_CUSTOMERS, 'de');
      return {
        from,
        to: `info@${c.ourDomain}`,
        subject: 'Händleranfrage',
        text: [greeting(c.rng, 'de'), `wir führen ein Kurzwarengeschäft in ${from.company.city} und würden Ihre Knöpfe gerne in unser Sortiment aufnehmen. Zu welchen Konditionen beliefern Sie Einzelhändler?`, signature(c.rng, 'de', from)].join('\n\n'),
        html: true,
      };
    },
  },
];
