// Complaints about delivered buttons, in English and German, for the Quality office.
import { CUSTOMERS } from '../parties';
import type { Template } from '../types';
import { greeting, signature } from '../writing';

export const COMPLAINT_TEMPLATES: Template[] = [
  {
    key: 'complaint_defect_en',
    kind: 'complaint',
    weight: 3,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const [item] = c.orderLines(1, 1);
      const share = c.rng.int(3, 20);
      return {
        from,
        to: c.inbox('quality'),
        subject: `Defective buttons in delivery ${c.rng.int(10000, 99999)}`,
        text: [greeting(c.rng, 'en'), `About ${share}% of the ${item.name} (${item.sku}) in our last delivery are defective: the rims are cracked and several holes are not punched through.`, 'Please advise how you would like to proceed. We can send samples back for inspection.', signature(c.rng, 'en', from)].join('\n\n'),
        html: c.rng.chance(0.5) || undefined,
      };
    },
  },
  {
    key: 'complaint_broken_en',
    kind: 'complaint',
    weight: 2,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const [item] = c.orderLines(1, 1);
      return {
        from,
        to: c.inbox('support'),
        subject: 'Broken buttons on arrival',
        text: [greeting(c.rng, 'en'), `The carton with ${item.sku} arrived crushed today and many buttons are broken. The outer packaging was already damaged when the courier handed it over.`, 'We need a replacement shipment, as the garments are waiting for finishing.', signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
  {
    key: 'complaint_reklamation_de',
    kind: 'complaint',
    weight: 3,
    build(c) {
      const from = c.person(CUSTOMERS, 'de');
      const [item] = c.orderLines(1, 1);
      const n = c.rng.int(1000, 9999);
      return {
        from,
        to: c.inbox('quality'),
        subject: `Reklamation Lieferung ${n}`,
        text: [greeting(c.rng, 'de'), `hiermit reklamieren wir die Lieferung ${n}. Die Knöpfe ${item.sku} (${item.name}) sind mangelhaft: Die Oberfläche blättert bereits nach der ersten Wäsche ab.`, 'Wir bitten um kurzfristige Ersatzlieferung und eine Stellungnahme.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: c.rng.chance(0.5) ? 'latin1-qp' : 'utf8-qp',
      };
    },
  },
  {
    key: 'complaint_beschaedigt_de',
    kind: 'complaint',
    weight: 2,
    build(c) {
      const from = c.person(CUSTOMERS, 'de');
      return {
        from,
        to: c.inbox('quality'),
        subject: 'Beschädigte Ware erhalten',
        text: [greeting(c.rng, 'de'), `leider ist die heutige Sendung beschädigt bei uns angekommen. Rund ${c.rng.int(50, 400)} Knöpfe sind zerbrochen, die Kartons waren eingedrückt.`, 'Fotos können wir gerne nachreichen. Bitte teilen Sie uns mit, wie wir verfahren sollen.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: 'latin1-base64',
      };
    },
  },
  {
    key: 'complaint_colour_en',
    kind: 'complaint',
    weight: 2,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const [item] = c.orderLines(1, 1, ['premium', 'standard']);
      return {
        from,
        to: c.inbox('quality'),
        subject: `Complaint: colour mismatch on ${item.sku}`,
        text: [greeting(c.rng, 'en'), `We have to raise a complaint about batch ${c.rng.int(100, 999)}-${c.rng.int(10, 99)} of ${item.name}: the shade is visibly lighter than the approved sample, so the buttons cannot be used on the same garment run.`, 'Please arrange for collection and a replacement in the correct shade.', signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
  {
    key: 'complaint_beschwerde_de',
    kind: 'complaint',
    weight: 1,
    build(c) {
      const from = c.person(CUSTOMERS, 'de');
      return {
        from,
        to: `info@${c.ourDomain}`,
        subject: 'Beschwerde – wiederholt defekte Knöpfe',
        text: [greeting(c.rng, 'de'), 'zum dritten Mal in Folge erhalten wir defekte Ware. Die Ösen brechen beim Annähen ab. Das ist für uns so nicht akzeptabel.', 'Ich erwarte bis Ende der Woche einen Rückruf der Geschäftsleitung.', signature(c.rng, 'de', from)].join('\n\n'),
        html: true,
      };
    },
  },
  {
    key: 'complaint_faulty_en',
    kind: 'complaint',
    weight: 1,
    build(c) {
      const from = c.person(CUSTOMERS, 'en');
      const [item] = c.orderLines(1, 1, ['standard']);
      return {
        from,
        to: c.inbox('quality'),
        subject: `Faulty ${item.sku} – safety concern`,
        text: [greeting(c.rng, 'en'), `Several of the ${item.name} (${item.sku}) come apart with very little force. As they are used on babywear this is a safety issue for us and we have stopped production.`, 'Please treat this as a formal complaint and send us your 8D report.', signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
];
