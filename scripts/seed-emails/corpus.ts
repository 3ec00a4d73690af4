// Fast, realistic inbound mail for the benchmark seed: the simulator's senders and the shop's catalogue, written
// as short English and German messages. No MIME here (a million messages have to be written in minutes); what
// the pipeline would decide about them is decided by its own classifier and router (see seed-emails.ts).
import { PRODUCTS } from '@/prisma/seed/catalog';
import { CUSTOMERS, NEWSLETTERS, OEM_CUSTOMERS, partyOf, SPAM_DOMAINS, SUPPLIERS, type Company, type Lang } from '@/lib/email/simulator/parties';
import type { Rng } from '@/lib/email/simulator/random';

export type Message = { fromAddress: string; fromName: string | null; to: string; subject: string; text: string; html: string | null; headers: Record<string, string>; attachments: string[] };

type Ctx = { rng: Rng; at: Date; lang: Lang; sender: { name: string; company: string }; ref: string };
type Write = (c: Ctx) => { subject: string; text: string; attachments?: string[]; urgent?: boolean };

const DEFECTS = { en: ['cracked rims', 'holes drilled off-centre', 'the colour does not match the sample', 'burrs on the edges', 'loose shanks'], de: ['Risse am Rand', 'schief gebohrte Löcher', 'die Farbe weicht vom Muster ab', 'Grate an den Kanten', 'lockere Ösen'] };
const COLOURS = { en: ['navy', 'ivory', 'bordeaux', 'forest green', 'gold'], de: ['marineblau', 'elfenbein', 'bordeaux', 'tannengrün', 'gold'] };

const product = (rng: Rng) => rng.pick(PRODUCTS);
const qty = (rng: Rng) => rng.pick([100, 250, 500, 1000, 2000, 5000]);
const lines = (rng: Rng) =>
  rng
    .sample(PRODUCTS, rng.int(1, 3))
    .map((p) => `${qty(rng)} × ${p.sku} ${p.name}`)
    .join('\n');
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};
// Formatted by hand: Intl date formatting would be most of the cost of a million messages.
const day = (d: Date, lang: Lang) => `${d.getUTCDate()}${lang === 'de' ? '.' : ''} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const later = (c: Ctx, days: number) => day(new Date(+c.at + days * 86_400_000), c.lang);
const sign = (c: Ctx) => (c.lang === 'de' ? `Mit freundlichen Grüßen\n${c.sender.name}\n${c.sender.company}` : `Kind regards,\n${c.sender.name}\n${c.sender.company}`);
const hello = (c: Ctx) => (c.lang === 'de' ? 'Sehr geehrte Damen und Herren,' : 'Dear Happy Buttons team,');

const CUSTOMER_MAIL: Record<string, { unit: string; write: Write }> = {
  order: {
    unit: 'orders',
    write: (c) =>
      c.lang === 'de'
        ? { subject: `Bestellung ${c.ref}`, text: `${hello(c)}\n\nhiermit bestellen wir:\n\n${lines(c.rng)}\n\nGewünschter Liefertermin: ${later(c, 14)}.\n\n${sign(c)}`, attachments: c.rng.chance(0.4) ? [`Bestellung_${c.ref}.pdf`] : [] }
        : { subject: `Purchase order ${c.ref}`, text: `${hello(c)}\n\nplease find our purchase order ${c.ref}:\n\n${lines(c.rng)}\n\nRequested delivery date: ${later(c, 14)}.\n\n${sign(c)}`, attachments: c.rng.chance(0.4) ? [`order_${c.ref}.pdf`] : [] },
  },
  complaint: {
    unit: 'quality',
    write: (c) => {
      const p = product(c.rng);
      const pct = c.rng.int(3, 40);
      return c.lang === 'de'
        ? { subject: `Reklamation Lieferung ${c.ref}`, text: `${hello(c)}\n\nleider sind etwa ${pct} % der mit Lieferung ${c.ref} erhaltenen ${p.name} beschädigt: ${c.rng.pick(DEFECTS.de)}. Wir bitten um kurzfristigen Ersatz und um eine Gutschrift für die mangelhafte Ware.\n\n${sign(c)}`, urgent: c.rng.chance(0.2) }
        : { subject: `Complaint: delivery ${c.ref}`, text: `${hello(c)}\n\nabout ${pct} % of the ${p.name} we received with delivery ${c.ref} are damaged: ${c.rng.pick(DEFECTS.en)}. Please send replacements and a credit note for the defective goods.\n\n${sign(c)}`, urgent: c.rng.chance(0.2) };
    },
  },
  expedite: {
    unit: 'orders',
    write: (c) =>
      c.lang === 'de'
        ? { subject: `Eilig: Bestellung ${c.ref} vorziehen`, text: `${hello(c)}\n\nkönnen Sie unsere Bestellung ${c.ref} schnellstmöglich ausliefern? Unsere Produktion beginnt am ${later(c, 3)}.\n\n${sign(c)}`, urgent: c.rng.chance(0.5) }
        : { subject: `Please expedite order ${c.ref}`, text: `${hello(c)}\n\ncould you expedite our order ${c.ref}? Our production run starts on ${later(c, 3)} and we need the buttons by then.\n\n${sign(c)}`, urgent: c.rng.chance(0.5) },
  },
  inquiry: {
    unit: 'support',
    write: (c) => {
      const p = product(c.rng);
      return c.lang === 'de'
        ? { subject: `Anfrage zu ${p.name}`, text: `${hello(c)}\n\ngibt es den Artikel ${p.sku} (${p.name}) auch in ${c.rng.pick(COLOURS.de)}? Wie hoch ist die Mindestabnahmemenge und wie lange ist die Lieferzeit?\n\n${sign(c)}` }
        : { subject: `Question about ${p.name}`, text: `${hello(c)}\n\nis ${p.sku} (${p.name}) also available in ${c.rng.pick(COLOURS.en)}? What is the minimum quantity, and how long is the lead time?\n\n${sign(c)}` };
    },
  },
  payment: {
    unit: 'finance',
    write: (c) =>
      c.lang === 'de'
        ? { subject: `Zahlung zu Rechnung ${c.ref}`, text: `${hello(c)}\n\nwir haben die Rechnung ${c.ref} heute überwiesen. Bitte bestätigen Sie den Zahlungseingang.\n\n${sign(c)}` }
        : { subject: `Payment of invoice ${c.ref}`, text: `${hello(c)}\n\nwe paid invoice ${c.ref} today by bank transfer. Kindly confirm receipt of the payment.\n\n${sign(c)}` },
  },
};

const SUPPLIER_MAIL: Write[] = [
  (c) =>
    c.lang === 'de'
      ? { subject: `Lieferschein ${c.ref}`, text: `${hello(c)}\n\nanbei der Lieferschein ${c.ref} zur heutigen Lieferung an Ihr Werk München.\n\n${sign(c)}`, attachments: [`lieferschein_${c.ref}.pdf`] }
      : { subject: `Delivery note ${c.ref}`, text: `${hello(c)}\n\nplease find the delivery note ${c.ref} for today's shipment to your Munich plant.\n\n${sign(c)}`, attachments: [`delivery-note_${c.ref}.pdf`] },
  (c) =>
    c.lang === 'de'
      ? { subject: `Rechnung ${c.ref}`, text: `${hello(c)}\n\nanbei unsere Rechnung ${c.ref} über EUR ${c.rng.int(400, 9000)},00, zahlbar innerhalb von 30 Tagen.\n\n${sign(c)}`, attachments: [`Rechnung_${c.ref}.pdf`] }
      : { subject: `Invoice ${c.ref}`, text: `${hello(c)}\n\nplease find attached our invoice ${c.ref} for EUR ${c.rng.int(400, 9000)}.00, payable within 30 days.\n\n${sign(c)}`, attachments: [`invoice_${c.ref}.pdf`] },
];

const OEM_MAIL: Write = (c) =>
  c.lang === 'de'
    ? { subject: `Abruf ${c.ref} aus Rahmenvertrag`, text: `${hello(c)}\n\nwir rufen aus dem Rahmenvertrag ab:\n\n${lines(c.rng)}\n\nAnlieferung bis ${later(c, 10)}, Werk Ingolstadt.\n\n${sign(c)}` }
    : { subject: `Call-off ${c.ref} under framework agreement`, text: `${hello(c)}\n\nwe call off under our framework agreement:\n\n${lines(c.rng)}\n\nDelivery by ${later(c, 10)} to our Birmingham plant.\n\n${sign(c)}` };

/** Kinds of mail and how often each arrives (per 100). */
const KINDS = { order: 20, inquiry: 18, complaint: 9, expedite: 5, payment: 5, supplier: 12, oem: 9, auto_reply: 8, bounce: 3, newsletter: 6, spam: 5 } as const;
type Kind = keyof typeof KINDS;

export function writeMessage(rng: Rng, at: Date, n: number): Message {
  const kind = rng.weighted(Object.keys(KINDS) as Kind[], (k) => KINDS[k]);
  const ref = `${at.getUTCFullYear()}-${(n % 100_000).toString().padStart(5, '0')}`;
  const fromCompany = (companies: readonly Company[]) => {
    const company = rng.pick(companies);
    const p = partyOf(company, rng.pick(company.contacts));
    return { p, c: { rng, at, lang: company.lang, sender: { name: p.name, company: company.name }, ref } satisfies Ctx };
  };
  const plain = (fromAddress: string, fromName: string | null, to: string, m: { subject: string; text: string; attachments?: string[]; urgent?: boolean }, headers: Record<string, string> = {}): Message => ({
    fromAddress,
    fromName,
    to,
    subject: m.urgent ? `${/[äöüß]|Bestellung|Reklamation|Eilig/.test(m.subject) ? 'DRINGEND' : 'URGENT'}: ${m.subject}` : m.subject,
    text: m.text,
    html: rng.chance(0.3) ? m.text.split('\n\n').map((para) => `<p>${para.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`).join('') : null,
    headers: { 'x-mailer': 'Microsoft Outlook 16.0', ...headers },
    attachments: m.attachments ?? [],
  });

  if (kind === 'supplier') {
    const { p, c } = fromCompany(SUPPLIERS);
    return plain(p.email, p.name, rng.chance(0.5) ? 'supplier@h-bu.de' : 'finance@h-bu.de', rng.pick(SUPPLIER_MAIL)(c));
  }
  if (kind === 'oem') {
    const { p, c } = fromCompany(OEM_CUSTOMERS);
    return plain(p.email, p.name, 'oem1@h-bu.de', OEM_MAIL(c));
  }
  if (kind === 'auto_reply') {
    const { p, c } = fromCompany(CUSTOMERS);
    const back = day(new Date(+at + rng.int(2, 14) * 86_400_000), c.lang);
    return c.lang === 'de'
      ? plain(p.email, p.name, 'orders@h-bu.de', { subject: 'Abwesenheitsnotiz', text: `Vielen Dank für Ihre Nachricht. Ich bin bis zum ${back} nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n\n${p.name}` }, { 'auto-submitted': 'auto-replied' })
      : plain(p.email, p.name, 'orders@h-bu.de', { subject: 'Automatic reply: out of office', text: `Thank you for your message. I am out of the office until ${back} with no access to email.\n\n${p.name}` }, { 'auto-submitted': 'auto-replied' });
  }
  if (kind === 'bounce') {
    const { p } = fromCompany(CUSTOMERS);
    const domain = p.email.slice(p.email.indexOf('@') + 1);
    return plain(`mailer-daemon@mail.${domain}`, 'Mail Delivery System', 'orders@h-bu.de', {
      subject: 'Undelivered Mail Returned to Sender',
      text: `This is the mail system at host mail.${domain}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<${p.email.replace(/^[^@]+/, 'former.employee')}>: host mail.${domain} said: 550 5.1.1 User unknown`,
    });
  }
  if (kind === 'newsletter') {
    const n = rng.pick(NEWSLETTERS);
    const text = n.lang === 'de' ? `Die Neuigkeiten der Woche aus der Branche: Messetermine, Preise für Rohstoffe und neue Trends bei Knöpfen.\n\nAbmelden: https://${n.list}/abmelden` : `This week in the trade: fair dates, raw material prices and new trends in buttons.\n\nUnsubscribe: https://${n.list}/unsubscribe`;
    return plain(n.from, n.name, 'info@h-bu.de', { subject: n.lang === 'de' ? `${n.name}: Ausgabe ${ref}` : `${n.name} — issue ${ref}`, text }, { precedence: 'bulk', 'list-id': `<${n.list}>` });
  }
  if (kind === 'spam') {
    const domain = rng.pick(SPAM_DOMAINS);
    return plain(`offers@${domain}`, null, 'info@h-bu.de', { subject: rng.pick(['You have won a prize!', 'Crypto investment: 40 % a month', 'Sie haben gewonnen!']), text: `Congratulations! Claim your reward now at https://${domain}/claim — bitcoin investment with guaranteed returns, casino bonus included.` });
  }
  const mail = CUSTOMER_MAIL[kind];
  const { p, c } = fromCompany(CUSTOMERS);
  return plain(p.email, p.name, `${mail.unit}@h-bu.de`, mail.write(c));
}
