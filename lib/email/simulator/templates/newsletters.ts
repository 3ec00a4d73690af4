// Bulk mail: trade press, fairs, portals. List-Id, List-Unsubscribe and Precedence: bulk, HTML with tracking pixels.
// A CommonJS object export: Node's ESM loader sees only its default.
import mimeFuncs from 'nodemailer/lib/mime-funcs/index.js';
import { NEWSLETTERS } from '../parties';
import type { DrawContext, Draft, Template } from '../types';
import { day, monthOf } from '../writing';

type Issue = { subject: string; headline: string; items: string[] };

function newsletter(c: DrawContext, index: number, issue: Issue): Draft {
  const sender = NEWSLETTERS[index];
  const { subject, headline, items } = issue;
  const recipient = c.rng.pick(['info', 'sales', 'einkauf']);
  const token = c.rng.hex(16);
  const host = sender.list.slice(sender.list.indexOf('.') + 1);
  const unsubscribe = `https://${host}/unsubscribe?t=${token}`;
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + headline + '</title></head>',
    '<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%"><tr><td align="center">',
    `<h1 style="font-family:Georgia,serif">${headline}</h1>`,
    ...items.map((item) => `<p style="font-family:Arial,sans-serif"><a href="https://${host}/r/${c.rng.hex(10)}">${item}</a></p>`),
    `<p style="font-size:11px"><a href="${unsubscribe}">${sender.lang === 'de' ? 'Abmelden' : 'Unsubscribe'}</a></p>`,
    `<img src="https://${host}/o/${token}.gif" width="1" height="1" alt="">`,
    '</td></tr></table></body></html>',
  ].join('\n');
  return {
    from: { name: sender.name, email: sender.from },
    to: `${recipient}@${c.ourDomain}`,
    subject,
    text: `${headline}\n\n${items.map((i) => `* ${i}`).join('\n')}\n\n${sender.lang === 'de' ? 'Abmelden' : 'Unsubscribe'}: ${unsubscribe}`,
    html,
    headers: {
      // Only the phrase is encoded (RFC 2919); MailComposer would encode the whole value, list id included.
      'List-Id': `${/^[\w .-]*$/.test(sender.name) ? sender.name : mimeFuncs.encodeWord(sender.name, 'Q')} <${sender.list}>`,
      'List-Unsubscribe': `<${unsubscribe}>, <mailto:unsubscribe@${host}?subject=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      Precedence: 'bulk',
      'X-Campaign-Id': token.slice(0, 8),
    },
  };
}

export const NEWSLETTER_TEMPLATES: Template[] = [
  {
    key: 'newsletter_trade_weekly',
    kind: 'newsletter',
    weight: 3,
    build: (c) =>
      newsletter(c, 0, {
        subject: `Button Industry Weekly – ${day(c.at, 'en')}`,
        headline: 'This week in buttons and trims',
        items: ['Corozo prices climb for the third quarter running', 'Five finishing trends from the Paris shows', 'Interview: how one mill cut water use by 40%'],
      }),
  },
  {
    key: 'newsletter_verband_de',
    kind: 'newsletter',
    weight: 2,
    build: (c) =>
      newsletter(c, 1, {
        subject: `Mitgliederinfo ${monthOf(c.at, 'de')}`,
        headline: 'Neues aus dem Fachverband',
        items: ['Neue Kennzeichnungspflichten für Textilzubehör ab Juli', 'Einladung zur Jahrestagung in Wuppertal', 'Marktbericht: Nachfrage nach Naturmaterialien steigt'],
      }),
  },
  {
    key: 'newsletter_expo_en',
    kind: 'newsletter',
    weight: 1,
    build: (c) =>
      newsletter(c, 2, {
        subject: 'Your free ticket to Haberdashery Expo is waiting',
        headline: 'Haberdashery Expo – register now',
        items: ['300 exhibitors from 28 countries', 'Free visitor tickets until the end of the month', 'New: the sustainable trims pavilion'],
      }),
  },
  {
    key: 'newsletter_portal_en',
    kind: 'newsletter',
    weight: 1,
    build: (c) =>
      newsletter(c, 3, {
        subject: `Your LogiShip update for ${monthOf(c.at, 'en')}`,
        headline: 'What is new on LogiShip',
        items: ['Book pallet transport in two clicks', 'Track all shipments on one map', 'Holiday cut-off times'],
      }),
  },
  {
    key: 'newsletter_promo_de',
    kind: 'newsletter',
    weight: 1,
    build: (c) =>
      newsletter(c, 4, {
        subject: 'Neu im Sortiment: Perlglanz in zwölf Farben',
        headline: 'Perlglanz-Effekte für Ihre nächste Kollektion',
        items: ['Zwölf neue Perlglanzfarben', 'Muster kostenlos anfordern', 'Webinar am Donnerstag'],
      }),
  },
];
