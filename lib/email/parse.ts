// Raw RFC 5322 / MIME → the facts the pipeline works with. mailparser does the parsing; charset repairs, HTML
// sanitizing and the "is this a message at all?" judgement happen here.
import { convert as htmlToText } from 'html-to-text';
import { simpleParser, type AddressObject, type Attachment, type HeaderValue, type ParsedMail } from 'mailparser';
import { headerBlockEnd, mayNeedBodyRepair, repairBodyCharsets, repairHeaderBlock } from './charset';
import { sanitizeEmailHtml } from './sanitize';
import { storedAttachment, type StoredAttachment } from './attachments';
import { isDeliveryReport, readDeliveryReport, type DeliveryReport } from './bounce';

export type Address = { address: string; name: string | null };

export type ParsedEmail = {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: Address | null;
  replyTo: Address | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  /** Sanitized. */
  html: string | null;
  sentAt: Date | null;
  /** Selected headers, lower-case names, decoded values. */
  headers: Record<string, string>;
  attachments: StoredAttachment[];
  /** Set for `multipart/report; report-type=delivery-status`. */
  deliveryReport: DeliveryReport | null;
};

export type UnreadableReason = 'empty' | 'garbage' | 'truncated';

/** Input that is not an email: answered with 400, nothing stored. */
export class UnreadableEmail extends Error {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
  }
}

const KEPT_HEADERS = [
  'from', 'to', 'cc', 'reply-to', 'sender', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'return-path',
  'x-priority', 'x-msmail-priority', 'importance', 'priority', 'auto-submitted', 'precedence', 'list-id', 'list-unsubscribe',
  'x-auto-response-suppress', 'x-autoreply', 'x-autorespond', 'x-spam-flag', 'x-spam-status', 'content-type', 'x-mailer',
  'user-agent', 'content-language',
];
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const MAX_TEXT = 1_000_000;
const PARSER_OPTIONS = {
  skipHtmlToText: false,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  keepCidLinks: true,
  keepDeliveryStatus: true,
  checksumAlgo: 'sha256',
  maxHtmlLengthToParse: 2_000_000,
} as const;

/** Rejects what cannot be an email before any parsing work: empty input, binary noise, a cut-off header block. */
function checkShape(raw: Buffer) {
  if (!raw.length || !raw.toString('latin1', 0, Math.min(raw.length, 4096)).trim()) throw new UnreadableEmail('empty', 'The message is empty.');
  const end = headerBlockEnd(raw);
  const head = raw.subarray(0, end);
  if (head.includes(0)) throw new UnreadableEmail('garbage', 'The header block contains binary data.');
  const firstLine = head.toString('latin1', 0, Math.min(head.length, 1000)).split(/\r?\n/, 1)[0];
  if (!FIELD_LINE.test(firstLine)) throw new UnreadableEmail('garbage', 'The input does not start with an email header field.');
  if (end === raw.length && !/\n$/.test(raw.toString('latin1', Math.max(0, raw.length - 2)))) {
    throw new UnreadableEmail('truncated', 'The header block ends in the middle of a line; the message looks cut off.');
  }
}

const clean = (s: string) => s.replace(/\u0000/g, '');

function addresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  const list = value ? (Array.isArray(value) ? value : [value]) : [];
  return list
    .flatMap((o) => o.value)
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((a) => a.address && a.address.includes('@'))
    .map((a) => ({ address: clean(a.address!).toLowerCase().slice(0, 320), name: a.name ? clean(a.name).slice(0, 200) : null }));
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerText(v as HeaderValue)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') {
    const params = Object.entries((value as { params?: Record<string, string> }).params ?? {}).map(([k, v]) => `; ${k}=${v}`);
    return value.value + params.join('');
  }
  return '';
}

function keptHeaders(mail: ParsedMail): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = new Map<string, string>();
  for (const { key, line } of mail.headerLines) {
    if (!raw.has(key)) raw.set(key, line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  for (const name of KEPT_HEADERS) {
    const parsed = mail.headers.get(name);
    // mailparser turns an unreadable Date header into "now"; keep what the sender wrote.
    const value = parsed !== undefined && name !== 'date' ? headerText(parsed) : raw.get(name);
    if (value) out[name] = clean(value).slice(0, 2000);
  }
  return out;
}

// Dates outside this range are mistakes (or attacks) and do not fit every database's timestamp type.
const saneDate = (d: Date | undefined) => (d && !isNaN(d.getTime()) && d.getUTCFullYear() >= 1970 && d.getUTCFullYear() < 2200 ? d : null);

function firstId(value: string | string[] | undefined): string | null {
  const id = Array.isArray(value) ? value[0] : value;
  return id ? clean(id).trim() || null : null;
}

function boundaryOf(mail: ParsedMail): { type: string; params: Record<string, string> } {
  const ct = mail.headers.get('content-type');
  if (ct && typeof ct === 'object' && 'value' in ct && typeof ct.value === 'string') {
    return { type: ct.value.toLowerCase(), params: (ct as { params?: Record<string, string> }).params ?? {} };
  }
  return { type: 'text/plain', params: {} };
}

/** Mail with only an HTML part (inside multipart/related, say) still needs a text for search, rules and previews. */
const textOfHtml = (html: string) =>
  htmlToText(html, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }, { selector: 'a', options: { ignoreHref: true } }] });

async function runParser(raw: Buffer): Promise<ParsedMail> {
  try {
    return await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    throw new UnreadableEmail('garbage', `The message could not be parsed: ${(error as Error).message}`);
  }
}

function decodedOf(mail: ParsedMail): string {
  return `${mail.subject ?? ''}${mail.text ?? ''}${typeof mail.html === 'string' ? mail.html : ''}`;
}

/** Parses raw MIME. Throws UnreadableEmail for input that is not an email. */
export async function parseEmail(input: Buffer, opts: { allowRemoteImages?: boolean } = {}): Promise<ParsedEmail> {
  checkShape(input);
  const raw = repairHeaderBlock(input);
  let mail = await runParser(raw);
  if (mayNeedBodyRepair(raw, decodedOf(mail))) mail = await runParser(await repairBodyCharsets(raw));

  const { type, params } = boundaryOf(mail);
  if (type.startsWith('multipart/') && params.boundary && !raw.includes(`--${params.boundary}--`)) {
    throw new UnreadableEmail('truncated', 'The multipart message ends before its closing boundary; it looks cut off.');
  }

  const from = addresses(mail.from)[0] ?? null;
  const parts: Attachment[] = mail.attachments;
  const deliveryReport = isDeliveryReport(type, params['report-type']) ? readDeliveryReport(parts) : null;
  const html = typeof mail.html === 'string' && mail.html.trim() ? sanitizeEmailHtml(clean(mail.html), opts) : null;
  const text = clean(mail.text?.trim() ? mail.text : html ? textOfHtml(html) : '').slice(0, MAX_TEXT);
  if (!from && !text.trim() && !html && !parts.length) {
    throw new UnreadableEmail('garbage', 'The message has neither a sender nor any content.');
  }

  const headers = keptHeaders(mail);
  return {
    messageId: firstId(mail.messageId),
    inReplyTo: firstId(mail.inReplyTo),
    references: (Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : []).map(clean).filter((r) => r.length <= 250).slice(-50),
    from,
    replyTo: addresses(mail.replyTo)[0] ?? null,
    to: addresses(mail.to).map((a) => a.address),
    cc: addresses(mail.cc).map((a) => a.address),
    subject: clean(mail.subject ?? '').trim().slice(0, 998),
    text,
    html,
    sentAt: headers.date ? saneDate(new Date(headers.date)) : null,
    headers,
    attachments: parts.map((a) => storedAttachment({ filename: a.filename, contentType: a.contentType, content: a.content, checksum: a.checksum })),
    deliveryReport,
  };
}

