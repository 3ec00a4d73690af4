// What an inbound email is, how urgent, from which customer and in which language — a pure function whose every
// decision carries its reasons, so staff can see why the pipeline did what it did.
import type { EmailType, Priority } from '@/lib/generated/sqlite/enums';
import { findKeywords, keywordPattern, KEYWORD_SCAN_CHARS } from './keywords';

export type CustomerRef = { id: string; name: string; isOem: boolean };

export type ClassifyInput = {
  fromAddress: string | null;
  subject: string;
  text: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  attachments: { filename: string }[];
  isDeliveryReport: boolean;
};

export type ClassifyContext = {
  /** Lower-case domain → customer. */
  customersByDomain: ReadonlyMap<string, CustomerRef>;
};

export type Language = 'de' | 'en';

export type Classification = {
  type: EmailType;
  priority: Priority;
  language: Language;
  isOem: boolean;
  customer: CustomerRef | null;
  reasons: { type: string[]; priority: string[]; oem: string[]; language: string[] };
};

type BusinessType = Extract<EmailType, 'EXPEDITE' | 'COMPLAINT' | 'INVOICE' | 'ORDER' | 'SUPPLIER' | 'SPAM'>;

// Ties go to the earlier type: an expedite about an order is an expedite, a complaint about an invoice a complaint.
const TYPE_KEYWORDS: [BusinessType, string[]][] = [
  ['EXPEDITE', ['expedite', 'expedited', 'rush order', 'rush delivery', 'speed up', 'express delivery', 'earliest possible delivery', 'eilauftrag', 'eilig', 'eilbestellung', 'expresslieferung', 'beschleunigen', 'beschleunigte lieferung', 'schnellstmöglich', 'vorziehen']],
  ['COMPLAINT', ['complaint', 'complain', 'defect', 'defects', 'defective', 'broken', 'damaged', 'faulty', 'unacceptable', 'not acceptable', 'refund', 'wrong item', 'reklamation', 'beschwerde', 'defekt', 'mangelhaft', 'mängel', 'beschädigt', 'kaputt', 'fehlerhaft', 'falsch geliefert']],
  ['INVOICE', ['invoice', 'invoices', 'payment', 'remittance', 'credit note', 'billing', 'amount due', 'rechnung', 'rechnungen', 'zahlung', 'zahlungserinnerung', 'mahnung', 'gutschrift', 'überweisung']],
  ['ORDER', ['order', 'orders', 'purchase order', 'po', 'reorder', 'call-off', 'bestellung', 'bestellen', 'nachbestellung', 'auftrag', 'abruf']],
  ['SUPPLIER', ['supplier', 'raw material', 'delivery note', 'certificate of conformity', 'order confirmation', 'shipping notice', 'lieferant', 'rohstoff', 'lieferschein', 'materialzeugnis', 'auftragsbestätigung', 'lieferavis']],
  ['SPAM', ['viagra', 'casino', 'lottery', 'you have won', 'bitcoin investment', 'crypto investment', 'gewinnspiel', 'sie haben gewonnen', 'money back', 'claim your free', 'make money', 'monthly returns', 'trading bot', 'seo package', 'avoid legal action', 'verify your account', 'enter your password', 'konto wurde gesperrt', 'konto wurde vorübergehend gesperrt', 'bestätigen sie ihre daten']],
];
const TYPE_PATTERNS = TYPE_KEYWORDS.map(([type, words]) => [type, keywordPattern(words)] as const);

// Attachment names say a lot: order_4711.pdf, Rechnung-2026-12.pdf, lieferschein.pdf.
const ATTACHMENT_HINTS: [BusinessType, RegExp][] = [
  ['ORDER', /^(order|bestellung|po|purchase[-_ ]?order|auftrag)[^/]*\.pdf$/i],
  ['INVOICE', /^(invoice|rechnung|inv)[^/]*\.pdf$/i],
  ['SUPPLIER', /^(lieferschein|delivery[-_ ]?note|certificate|zeugnis)[^/]*\.pdf$/i],
];
const ATTACHMENT_WEIGHT = 4;
// Archives and web pages as attachments are how phishing arrives; real business documents come as PDF or Office files.
const PHISHING_ATTACHMENT = /\.(zip|rar|7z|html?|js|exe|scr|iso|img)$/i;
const PHISHING_WEIGHT = 2;

// "Urgent" about a delivery, without a new purchase order attached, asks us to expedite.
const DELIVERY_WORDS = keywordPattern(['ship', 'shipped', 'shipping', 'deliver', 'delivered', 'delivery', 'dispatch', 'courier', 'rush', 'lieferung', 'liefertermin', 'liefern', 'geliefert', 'ware', 'sonderfahrt', 'versand', 'versenden']);
const SUBJECT_WEIGHT = 2;

const URGENT_WORDS = keywordPattern(['urgent', 'urgently', 'asap', 'as soon as possible', 'immediately', 'emergency', 'critical', 'production stop', 'line down', 'line stop', 'dringend', 'eilt', 'sofort', 'umgehend', 'notfall', 'bandstillstand', 'produktionsstillstand']);
const RELAXED_WORDS = keywordPattern(['no rush', 'no hurry', 'whenever convenient', 'keine eile', 'hat zeit']);

const AUTO_REPLY_SUBJECT = /^\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheits?(notiz|nachricht)?|automatische antwort|ich bin (nicht im büro|abwesend)|urlaub)/i;
const BOUNCE_SUBJECT = /(undeliver|delivery (status notification|failure|has failed)|returned mail|mail delivery failed|unzustellbar|nicht zugestellt)/i;
const DAEMON = /^(mailer-daemon|postmaster)@/i;

const DE_WORDS = new Set('der die das und ist nicht mit für wir sie ich bitte danke dank sehr geehrte geehrter grüße grüßen freundlichen ihre ihr unsere unser auf eine einen einem dem den des zu von bei wird wurde haben können möchten'.split(' '));
const EN_WORDS = new Set('the and is are not with for we you please thank thanks dear regards your our of to in on this that would could have has kindly sincerely'.split(' '));

// Idioms that contain a type keyword without meaning it.
const IDIOMS = /\b(in order (to|for)|out of order|minimum order( quantity)?|payment terms)\b/gi;

const rank: Record<Priority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

/** The sender's domain and its parents, most specific first: a.b.example.com → b.example.com → example.com. */
export function domainCandidates(address: string | null): string[] {
  const domain = address?.split('@')[1]?.toLowerCase().replace(/\.$/, '');
  if (!domain) return [];
  const labels = domain.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** Reasons when an order-or-nothing email asks for speed about a delivery (and brings no new purchase order). */
function expediteRequest(input: ClassifyInput, body: string, aboutAnOrder: boolean): string[] | null {
  if (input.attachments.some(({ filename }) => ATTACHMENT_HINTS[0][1].test(filename))) return null;
  const text = `${input.subject}\n${body}`;
  const urgent = findKeywords(URGENT_WORDS, text);
  if (!urgent.length) return null;
  const delivery = findKeywords(DELIVERY_WORDS, text);
  if (!delivery.length && !aboutAnOrder) return null;
  return [`asks for "${urgent[0]}" about ${delivery.length ? `a delivery ("${delivery[0]}")` : 'an existing order'}, with no new purchase order attached`];
}

/** The type with the most points; ties go to the type listed first in TYPE_KEYWORDS (business precedence). */
function highestScore(scores: ReadonlyMap<BusinessType, number>): BusinessType | null {
  let best: BusinessType | null = null;
  for (const [type] of TYPE_KEYWORDS) if ((scores.get(type) ?? 0) > (best ? scores.get(best)! : 0)) best = type;
  return best;
}

/** `customer`: the sender's known customer, whose mail always reaches a person (a spam filter's verdict aside). */
function detectType(input: ClassifyInput, body: string, customer: CustomerRef | null): { type: EmailType; reasons: string[] } {
  const h = input.headers;
  if (input.isDeliveryReport) return { type: 'BOUNCE', reasons: ['multipart/report delivery-status notification'] };
  if (input.fromAddress && DAEMON.test(input.fromAddress) && BOUNCE_SUBJECT.test(input.subject)) {
    return { type: 'BOUNCE', reasons: [`sender ${input.fromAddress} with subject "${input.subject.slice(0, 80)}"`] };
  }
  if (/^yes/i.test(h['x-spam-flag'] ?? '') || /^yes/i.test(h['x-spam-status'] ?? '')) return { type: 'SPAM', reasons: ['spam filter header says yes'] };
  const autoSubmitted = (h['auto-submitted'] ?? '').toLowerCase();
  if (autoSubmitted.startsWith('auto-replied')) return { type: 'AUTO_REPLY', reasons: [`Auto-Submitted: ${autoSubmitted}`] };
  if (h['x-autoreply'] || h['x-autorespond']) return { type: 'AUTO_REPLY', reasons: ['X-Autoreply header'] };
  if (AUTO_REPLY_SUBJECT.test(input.subject)) return { type: 'AUTO_REPLY', reasons: [`subject "${input.subject.slice(0, 80)}" is an automatic reply`] };

  const scores = new Map<BusinessType, number>();
  const reasons = new Map<BusinessType, string[]>();
  const add = (type: BusinessType, points: number, reason: string) => {
    scores.set(type, (scores.get(type) ?? 0) + points);
    reasons.set(type, [...(reasons.get(type) ?? []), reason]);
  };
  for (const { filename } of input.attachments) {
    const hint = ATTACHMENT_HINTS.find(([, pattern]) => pattern.test(filename));
    if (hint) add(hint[0], ATTACHMENT_WEIGHT, `attachment ${filename} looks like ${hint[0].toLowerCase()}`);
    if (PHISHING_ATTACHMENT.test(filename)) add('SPAM', PHISHING_WEIGHT, `attachment ${filename} is an archive, web page or program, as phishing sends them`);
  }
  for (const [type, pattern] of TYPE_PATTERNS) {
    // A phrase of several words is stronger evidence than a single word ("order confirmation" over "order").
    for (const word of findKeywords(pattern, input.subject)) add(type, SUBJECT_WEIGHT * word.split(' ').length, `subject mentions "${word}"`);
    for (const word of findKeywords(pattern, body)) add(type, word.split(' ').length, `text mentions "${word}"`);
  }
  let best = highestScore(scores);
  if (best === 'SPAM' && customer) {
    const spam = reasons.get('SPAM')!;
    scores.delete('SPAM');
    best = highestScore(scores);
    const kept = `looks like spam (${spam[0]}), but ${customer.name} is a customer: a person decides`;
    if (!best) return { type: 'INQUIRY', reasons: [kept] };
    reasons.set(best, [...reasons.get(best)!, kept]);
  }
  if (best === 'ORDER' || !best) {
    const expedite = expediteRequest(input, body, best === 'ORDER');
    if (expedite) return { type: 'EXPEDITE', reasons: expedite };
  }

  if (autoSubmitted && autoSubmitted !== 'no' && (!best || best === 'SPAM')) return { type: 'AUTO_REPLY', reasons: [`Auto-Submitted: ${autoSubmitted}`] };
  const precedence = (h['precedence'] ?? '').toLowerCase();
  if (!best || best === 'SPAM') {
    if (['bulk', 'junk', 'list'].includes(precedence)) return { type: 'SPAM', reasons: [`bulk mail (Precedence: ${precedence})`] };
    if (h['list-unsubscribe'] || h['list-id']) return { type: 'SPAM', reasons: ['bulk mail (List-Unsubscribe / List-Id header)'] };
  }
  if (!best) return { type: 'INQUIRY', reasons: ['no order, invoice, complaint, supplier or expedite signal'] };
  return { type: best, reasons: reasons.get(best)! };
}

function detectPriority(input: ClassifyInput, type: EmailType, body: string): { priority: Priority; reasons: string[] } {
  if (type === 'AUTO_REPLY' || type === 'BOUNCE' || type === 'SPAM') return { priority: 'LOW', reasons: [`${type.toLowerCase().replace('_', ' ')} needs no hurry`] };
  const h = input.headers;
  const signals: [Priority, string][] = [];
  const priorityHeader = (h['priority'] ?? '').toLowerCase();
  if (priorityHeader === 'urgent') signals.push(['URGENT', 'Priority: urgent']);
  if (priorityHeader === 'non-urgent') signals.push(['LOW', 'Priority: non-urgent']);
  const xPriority = /^\s*(\d)/.exec(h['x-priority'] ?? '')?.[1];
  if (xPriority === '1' || xPriority === '2') signals.push(['HIGH', `X-Priority: ${h['x-priority']}`]);
  if (xPriority === '4' || xPriority === '5') signals.push(['LOW', `X-Priority: ${h['x-priority']}`]);
  for (const name of ['importance', 'x-msmail-priority']) {
    const value = (h[name] ?? '').toLowerCase();
    if (value.startsWith('high')) signals.push(['HIGH', `${name}: ${h[name]}`]);
    if (value.startsWith('low')) signals.push(['LOW', `${name}: ${h[name]}`]);
  }
  const urgentInSubject = findKeywords(URGENT_WORDS, input.subject);
  const urgentInBody = findKeywords(URGENT_WORDS, body);
  const headerSaysHigh = signals.some(([p]) => p === 'HIGH');
  if (urgentInSubject.length) signals.push(['URGENT', `subject says "${urgentInSubject[0]}"`]);
  else if (urgentInBody.length) signals.push([headerSaysHigh ? 'URGENT' : 'HIGH', `text says "${urgentInBody[0]}"`]);
  const relaxed = findKeywords(RELAXED_WORDS, `${input.subject}\n${body}`);
  if (relaxed.length) signals.push(['LOW', `text says "${relaxed[0]}"`]);
  if (type === 'EXPEDITE') signals.push(['HIGH', 'expedite requests are at least high priority']);

  const raised = signals.filter(([p]) => rank[p] > rank.NORMAL);
  if (raised.length) {
    const top = raised.reduce((a, b) => (rank[b[0]] > rank[a[0]] ? b : a))[0];
    return { priority: top, reasons: raised.filter(([p]) => p === top).map(([, r]) => r) };
  }
  const lowered = signals.filter(([p]) => p === 'LOW');
  if (lowered.length) return { priority: 'LOW', reasons: lowered.map(([, r]) => r) };
  return { priority: 'NORMAL', reasons: ['no priority header or urgency words'] };
}

function detectLanguage(input: ClassifyInput, body: string): { language: Language; reasons: string[] } {
  const words = `${input.subject} ${body.slice(0, 3000)}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE_WORDS.has(w)) de++;
    else if (EN_WORDS.has(w)) en++;
    if (/[äöüß]/.test(w)) de++;
  }
  const language: Language = de > en ? 'de' : 'en';
  return { language, reasons: [`${de} German and ${en} English signal words`] };
}

function detectCustomer(input: ClassifyInput, ctx: ClassifyContext): { customer: CustomerRef | null; reasons: string[] } {
  const candidates = domainCandidates(input.fromAddress);
  if (!candidates.length) return { customer: null, reasons: ['no sender address'] };
  for (const domain of candidates) {
    const customer = ctx.customersByDomain.get(domain);
    if (customer) return { customer, reasons: [`sender domain ${domain} belongs to ${customer.name}${customer.isOem ? ' (OEM customer)' : ''}`] };
  }
  return { customer: null, reasons: [`sender domain ${candidates[0]} is not a customer domain`] };
}

export function classifyEmail(input: ClassifyInput, ctx: ClassifyContext): Classification {
  const body = input.text.slice(0, KEYWORD_SCAN_CHARS).replace(IDIOMS, ' ');
  const { customer, reasons: oemReasons } = detectCustomer(input, ctx);
  const { type, reasons: typeReasons } = detectType({ ...input, subject: input.subject.replace(IDIOMS, ' ') }, body, customer);
  const { priority, reasons: priorityReasons } = detectPriority(input, type, body);
  const { language, reasons: languageReasons } = detectLanguage(input, body);
  return {
    type,
    priority,
    language,
    isOem: !!customer?.isOem,
    customer,
    reasons: { type: typeReasons, priority: priorityReasons, oem: oemReasons, language: languageReasons },
  };
}
