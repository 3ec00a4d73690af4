// Rush requests: priority headers (X-Priority, Importance, Priority) and words like urgent, asap, dringend, eilt.
import { CUSTOMERS, OEM_CUSTOMERS } from '../parties';
import type { Template } from '../types';
import { addDays, day, greeting, replyPrefix, signature, stripReplyPrefix } from '../writing';

const HIGHEST = { 'X-Priority': '1 (Highest)', Importance: 'High', 'X-MSMail-Priority': 'High' };

export const EXPEDITE_TEMPLATES: Template[] = [
  {
    key: 'expedite_urgent_en',
    kind: 'expedite',
    weight: 3,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const n = c.rng.int(10000, 99999);
      const by = addDays(c.at, c.rng.int(2, 5));
      return {
        from,
        to: c.inbox('orders'),
        subject: `URGENT: order ${n} needed by ${day(by, 'en')}`,
        text: [greeting(c.rng, 'en'), `Our customer has moved their launch forward, so we urgently need order ${n} delivered by ${day(by, 'en')} instead of the agreed date. We are happy to pay for express freight.`, 'Please confirm today if possible.', signature(c.rng, 'en', from)].join('\n\n'),
        headers: HIGHEST,
      };
    },
  },
  {
    key: 'expedite_dringend_de',
    kind: 'expedite',
    weight: 3,
    build(c) {
      const from = c.person(CUSTOMERS, 'de');
      const n = c.rng.int(1000, 9999);
      return {
        from,
        to: c.inbox('orders'),
        subject: `Dringend: Liefertermin Bestellung ${n} vorziehen`,
        text: [greeting(c.rng, 'de'), `wir benötigen die Ware aus unserer Bestellung ${n} dringend bereits zum ${day(addDays(c.at, 3), 'de')}. Ist eine Teillieferung möglich?`, 'Bitte um kurze Rückmeldung bis heute Mittag.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: c.rng.chance(0.5) ? 'latin1-qp' : 'utf8-qp',
        headers: HIGHEST,
      };
    },
  },
  {
    key: 'expedite_asap_en',
    kind: 'expedite',
    weight: 2,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const [item] = c.orderLines(1, 1);
      return {
        from,
        to: c.inbox('support'),
        subject: `Need ${item.sku} asap`,
        text: `Hi,\n\nwe ran out of ${item.name} on the line. Can you ship ${item.quantity} asap? Today's courier would be ideal.\n\nThanks\n${from.name}`,
      };
    },
  },
  {
    key: 'expedite_line_stop_oem',
    kind: 'expedite',
    weight: 2,
    build(c) {
      const from = c.person(OEM_CUSTOMERS, 'de');
      const [item] = c.orderLines(1, 1, ['specialty']);
      return {
        from,
        to: c.inbox('oem1'),
        cc: [c.inbox('orders')],
        subject: `EILT: Bandstillstand droht – ${item.sku}`,
        text: [greeting(c.rng, 'de'), `unser Bestand an ${item.name} (${item.sku}) reicht nur noch bis morgen früh. Ohne Sonderfahrt droht ein Bandstillstand in Werk ${from.company.city}.`, `Bitte liefern Sie ${item.quantity} Stück dringend per Kurier.`, signature(c.rng, 'de', from)].join('\n\n'),
        headers: { ...HIGHEST, Priority: 'urgent' },
      };
    },
  },
  {
    key: 'expedite_eilauftrag_de',
    kind: 'expedite',
    weight: 1,
    build(c) {
      const from = c.person(CUSTOMERS, 'de');
      return {
        from,
        to: c.inbox('orders'),
        subject: 'Eilauftrag – Messeware',
        text: [greeting(c.rng, 'de'), `für unseren Messestand brauchen wir kurzfristig Musterknöpfe aus Ihrer Premium-Kollektion. Es eilt: Lieferung bis spätestens ${day(addDays(c.at, 4), 'de')}.`, signature(c.rng, 'de', from)].join('\n\n'),
        headers: { Importance: 'High' },
        html: true,
      };
    },
  },
  {
    key: 'expedite_rush_reply',
    kind: 'expedite',
    weight: 2,
    needs: 'inbound',
    build(c) {
      const orders = c.inbound.filter((m) => m.kind === 'order');
      const earlier = c.rng.pick(orders.length ? orders : c.inbound);
      const from = earlier.from;
      const lang = from.company.lang;
      return {
        from,
        to: earlier.to,
        subject: `${replyPrefix(lang)}${stripReplyPrefix(earlier.subject)}`,
        text: lang === 'de'
          ? `Hallo,\n\nkönnen Sie diese Bestellung bitte dringend vorziehen? Wir brauchen die Ware schnellstmöglich.\n\n${signature(c.rng, 'de', from)}`
          : `Hello,\n\ncould you rush this one, please? We need it asap.\n\n${signature(c.rng, 'en', from)}`,
        inReplyTo: earlier.messageId,
        references: [...earlier.references, earlier.messageId],
        headers: { 'X-Priority': '2 (High)' },
      };
    },
  },
];
