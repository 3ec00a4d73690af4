// Requests from the OEM customers (Royal Motors, Crown Appliances): call-offs, forecasts, PPAP, drawings.
import { sheetPdf } from '../documents';
import { OEM_CUSTOMERS } from '../parties';
import type { DrawContext, Template } from '../types';
import { addDays, day, greeting, isoWeek, linesAsText, signature } from '../writing';

const oem = (c: DrawContext, lang?: 'de' | 'en') => c.person(OEM_CUSTOMERS, lang);

export const OEM_TEMPLATES: Template[] = [
  {
    key: 'oem_calloff_de',
    kind: 'oem',
    weight: 3,
    build(c) {
      const from = oem(c, 'de');
      const week = isoWeek(addDays(c.at, 14));
      const lines = c.orderLines(1, 2, ['specialty']);
      return {
        from,
        to: c.inbox('oem1'),
        subject: `Abruf KW ${week} – Rahmenvertrag RV-${c.at.getUTCFullYear()}-03`,
        text: [greeting(c.rng, 'de'), `zum Rahmenvertrag rufen wir für KW ${week} folgende Mengen ab:`, linesAsText(lines, 'de'), `Anlieferung Werk ${from.company.city}, Tor 5, Zeitfenster 6–14 Uhr.`, signature(c.rng, 'de', from)].join('\n\n'),
        html: true,
      };
    },
  },
  {
    key: 'oem_forecast_en',
    kind: 'oem',
    weight: 2,
    build(c) {
      const from = oem(c, 'en');
      const lines = c.orderLines(1, 3, ['specialty']);
      const months = [1, 2, 3].map((m) => new Date(Date.UTC(c.at.getUTCFullYear(), c.at.getUTCMonth() + m, 1)).toISOString().slice(0, 7));
      const csv = ['sku,month,quantity', ...lines.flatMap((l) => months.map((m) => `${l.sku},${m},${l.quantity * c.rng.int(1, 4)}`))].join('\r\n');
      return {
        from,
        to: c.inbox('oem1'),
        subject: `Rolling forecast ${months[0]} to ${months[2]}`,
        text: [greeting(c.rng, 'en'), 'Attached is our updated three-month rolling forecast. Quantities are non-binding except for the first month.', signature(c.rng, 'en', from)].join('\n\n'),
        attachments: [{ filename: `forecast_${months[0]}.csv`, contentType: 'text/csv', content: Buffer.from(`${csv}\r\n`) }],
      };
    },
  },
  {
    key: 'oem_ppap_en',
    kind: 'oem',
    weight: 1,
    build(c) {
      const from = oem(c);
      const [item] = c.orderLines(1, 1, ['specialty']);
      return {
        from,
        to: c.inbox('oem1'),
        subject: `PPAP level 3 submission for ${item.sku}`,
        text: [greeting(c.rng, 'en'), `For the start of production of ${item.name} (${item.sku}) we need your PPAP level 3 package, including the control plan, PFMEA and initial sample inspection report.`, `Please submit it by ${day(addDays(c.at, 21), 'en')}.`, signature(c.rng, 'en', from)].join('\n\n'),
      };
    },
  },
  {
    key: 'oem_drawing_de',
    kind: 'oem',
    weight: 1,
    async build(c) {
      const from = oem(c, 'de');
      const part = `RM-${c.rng.int(1000, 9999)}`;
      const attachment = await sheetPdf(`Zeichnung_${part}_RevC.pdf`, { issuer: from, title: `Zeichnung ${part} Rev. C`, facts: [['Teil', part], ['Revision', 'C'], ['Änderung', 'Durchmesser 24,0 mm auf 24,5 mm'], ['Gültig ab', day(addDays(c.at, 30), 'de')]], at: c.at });
      return {
        from,
        to: c.inbox('oem1'),
        subject: `Zeichnungsänderung ${part} Rev. C`,
        text: [greeting(c.rng, 'de'), `anbei die geänderte Zeichnung ${part} in Revision C. Bitte prüfen Sie die Machbarkeit und bestätigen Sie den Umsetzungstermin.`, signature(c.rng, 'de', from)].join('\n\n'),
        attachments: [attachment],
      };
    },
  },
  {
    key: 'oem_agreement_en',
    kind: 'oem',
    weight: 1,
    build(c) {
      const from = oem(c, 'en');
      return {
        from,
        to: c.inbox('oem1'),
        subject: `Quality assurance agreement ${c.at.getUTCFullYear() + 1} for signature`,
        text: [greeting(c.rng, 'en'), 'Our legal team has revised the quality assurance agreement for next year. The main change is the PPM target for appearance parts.', 'Could you let us know who will sign on your side?', signature(c.rng, 'en', from)].join('\n\n'),
        html: true,
      };
    },
  },
  {
    key: 'oem_schedule_de',
    kind: 'oem',
    weight: 1,
    build(c) {
      const from = oem(c, 'de');
      const lines = c.orderLines(1, 2, ['specialty']);
      return {
        from,
        to: c.inbox('oem1'),
        subject: `Lieferplan ${day(c.at, 'de')}`,
        text: [greeting(c.rng, 'de'), 'anbei unser aktualisierter Lieferplan. Die Feinabrufe folgen wie gewohnt per EDI.', linesAsText(lines, 'de'), signature(c.rng, 'de', from)].join('\n\n'),
        encoding: 'latin1-qp',
      };
    },
  },
];
