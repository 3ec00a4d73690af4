import { simpleParser, type ParsedMail } from 'mailparser';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTS } from '@/prisma/seed/catalog';
import { generateEmails, type GenerateOptions, type GeneratedEmail } from './generate';
import { OEM_CUSTOMERS, partyForAddress, SEEDED_PROSPECTS } from './parties';
import { TEMPLATES } from './templates';
import { KINDS, type EarlierMessage } from './types';

async function generate(opts: GenerateOptions): Promise<GeneratedEmail[]> {
  const out: GeneratedEmail[] = [];
  for await (const m of generateEmails(opts)) out.push(m);
  return out;
}

/** The text a PDF reader would see: the strings drawn by Tj operators in the page content streams. */
async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const [, hex] of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

/** A header's value as written (mailparser folds List-* headers into one structured `list` entry). */
const header = (p: ParsedMail, name: string) => p.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n[ \t]+/g, ' ') ?? '';
const SKUS = new Set(PRODUCTS.map((p) => p.sku));
const ORDER_FILE = /^(order|bestellung|po|purchase[-_ ]?order)[^/]*\.pdf$/i;
const INVOICE_FILE = /^(invoice|rechnung|inv)[^/]*\.pdf$/i;

describe('simulator templates', () => {
  it('has 50+ templates with unique keys, every kind covered', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(TEMPLATES.map((t) => t.key)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((t) => t.kind))).toEqual(new Set(KINDS));
  });
});

describe('generateEmails', () => {
  let mail: GeneratedEmail[];
  let parsed: ParsedMail[];
  beforeAll(async () => {
    mail = await generate({ seed: 20260105, count: 400 });
    parsed = await Promise.all(mail.map((m) => simpleParser(m.raw)));
  });

  it('gives byte-identical messages for the same seed, and others for another seed', async () => {
    const again = await generate({ seed: 20260105, count: 60 });
    again.forEach((m, i) => expect(m.raw.equals(mail[i].raw), `message ${i} (${m.template})`).toBe(true));
    const other = await generate({ seed: 20260106, count: 60 });
    expect(other.filter((m, i) => m.raw.equals(mail[i].raw))).toHaveLength(0);
  });

  it('draws every kind over a few hundred messages, with unique Message-IDs spread over time', () => {
    expect(new Set(mail.map((m) => m.kind))).toEqual(new Set(KINDS));
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(mail.length);
    for (let i = 1; i < mail.length; i++) expect(mail[i].at.getTime()).toBeGreaterThanOrEqual(mail[i - 1].at.getTime());
  });

  it('writes real MIME every parser reads, with the envelope headers set', () => {
    mail.forEach((m, i) => {
      const p = parsed[i];
      expect(p.messageId, m.template).toBe(m.messageId);
      expect(p.from?.value[0].address, m.template).toMatch(/@/);
      expect(p.to, m.template).toBeDefined();
      expect(p.subject, m.template).toBeTruthy();
      expect(p.date?.getTime(), m.template).toBe(Math.floor(m.at.getTime() / 1000) * 1000);
      expect(p.text?.trim(), m.template).toBeTruthy();
      expect(header(p, 'received'), m.template).toContain('by mx.h-bu.de');
    });
  });

  it('uses several charsets and transfer encodings, and RFC 2047 subjects', () => {
    const raw = mail.map((m) => m.raw.toString('latin1')).join('\n');
    expect(raw).toContain('charset=iso-8859-1');
    expect(raw).toContain('charset=utf-8');
    expect(raw).toMatch(/Content-Type: text\/plain; charset=[^\r\n]+\r\nContent-Transfer-Encoding: base64/);
    expect(raw).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(raw).toMatch(/^Subject: =\?ISO-8859-1\?Q\?/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    // German umlauts survive every encoding.
    expect(mail.some((m, i) => m.raw.includes('charset=iso-8859-1') && /[äöüß]/.test(parsed[i].text ?? ''))).toBe(true);
  });

  it('attaches order PDFs whose text lists catalog SKUs and quantities', async () => {
    const orders = mail.map((m, i) => ({ m, p: parsed[i] })).filter(({ m }) => m.kind === 'order');
    expect(orders.length).toBeGreaterThan(20);
    for (const { m, p } of orders) {
      const pdf = p.attachments.find((a) => ORDER_FILE.test(a.filename ?? ''));
      expect(pdf, m.template).toBeDefined();
      expect(pdf!.contentType).toBe('application/pdf');
      const text = await pdfText(pdf!.content);
      const skus = [...text.matchAll(/HB-[A-Z]{3}-\d{3}/g)].map((x) => x[0]);
      expect(skus.length, m.template).toBeGreaterThan(0);
      expect(skus.every((s) => SKUS.has(s)), m.template).toBe(true);
      expect(text).toMatch(/(Total \(net\)|Gesamtsumme netto): /);
    }
  });

  it('attaches invoice PDFs with the amount due', async () => {
    const invoices = mail.map((m, i) => ({ m, p: parsed[i] })).filter(({ m }) => m.kind === 'invoice');
    expect(invoices.length).toBeGreaterThan(10);
    for (const { m, p } of invoices) {
      const pdf = p.attachments.find((a) => INVOICE_FILE.test(a.filename ?? ''));
      expect(pdf, m.template).toBeDefined();
      expect(await pdfText(pdf!.content)).toMatch(/(Total due|Gesamtbetrag): (EUR [\d,]+\.\d\d|[\d.]+,\d\d EUR)/);
    }
  });

  it('marks auto-replies, bulk mail and expedites with the headers real mailers set', () => {
    mail.forEach((m, i) => {
      const p = parsed[i];
      if (m.kind === 'auto_reply') expect(header(p, 'auto-submitted')).toBe('auto-replied');
      if (m.kind === 'newsletter') {
        expect(header(p, 'list-id')).toMatch(/<[\w.-]+>/);
        expect(header(p, 'precedence')).toBe('bulk');
        expect(p.html).toContain('<img');
      }
      if (m.kind === 'expedite') expect(`${header(p, 'x-priority')} ${header(p, 'importance')} ${p.subject} ${p.text}`).toMatch(/\b1 \(Highest\)|high|urgent|asap|dringend|eil/i);
      if (m.kind === 'oem') expect(OEM_CUSTOMERS.map((c) => c.domain)).toContain(p.from!.value[0].address!.split('@')[1]);
      if (m.kind === 'complaint') expect(`${p.subject} ${p.text}`).toMatch(/defect|broken|complaint|faulty|damaged|reklam|mangelhaft|beschädigt|beschwerde|defekt/i);
    });
  });

  it('threads replies onto earlier messages of the run', () => {
    const ids = new Set<string>();
    const replies = mail.filter((m, i) => {
      const isReply = m.kind === 'reply' || m.template === 'expedite_rush_reply';
      if (isReply) {
        expect(ids.has(String(parsed[i].inReplyTo)), m.template).toBe(true);
        expect(parsed[i].references).toContain(parsed[i].inReplyTo);
      }
      ids.add(m.messageId);
      return isReply;
    });
    expect(replies.length).toBeGreaterThan(10);
  });

  it('builds bounces as multipart/report DSNs naming the failed recipient and our original Message-ID', () => {
    const bounces = mail.map((m, i) => ({ m, p: parsed[i] })).filter(({ m }) => m.kind === 'bounce');
    expect(bounces.length).toBeGreaterThan(5);
    for (const { m, p } of bounces) {
      expect(p.headers.get('content-type')).toMatchObject({ value: 'multipart/report', params: { 'report-type': 'delivery-status' } });
      const raw = m.raw.toString('latin1');
      expect(raw).toContain('Content-Type: message/delivery-status');
      const recipient = /Final-Recipient: rfc822; (\S+)/.exec(raw)?.[1];
      expect(recipient, m.template).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(raw).toMatch(/Action: failed\r\nStatus: 5\.\d\.\d+/);
      const returned = raw.slice(raw.search(/Content-Type: (text\/rfc822-headers|message\/rfc822)/));
      expect(returned, m.template).toMatch(/^Message-ID: <[^>]+@h-bu\.de>\r$/m);
      expect(returned).toContain(`To: ${recipient}`);
    }
    // Some bounce back from the sales seed's prospects, so the sales monitor has bounces to link.
    const prospects = new Set(SEEDED_PROSPECTS.map((p) => p.email));
    expect(bounces.some(({ m }) => prospects.has(/Final-Recipient: rfc822; (\S+)/.exec(m.raw.toString('latin1'))![1]))).toBe(true);
  });
});

describe('generateEmails with earlier mail', () => {
  const ours = partyForAddress('orders@h-bu.de', 'Orders');
  const outbound: EarlierMessage[] = ['k.vogt@royal-motors.de', 'megan.jansen@meridian-apparel.com', 'info@greenfield-garments.co.uk'].map((to, i) => ({
    messageId: `<reply-${i}@h-bu.de>`,
    subject: `Your order 100${i} has been received with gratitude`,
    from: ours,
    to,
    references: [`<order-${i}@example.com>`],
  }));

  it('answers and bounces the messages we sent', async () => {
    const mail = await generate({ seed: 77, count: 300, earlier: { outbound } });
    const parsed = await Promise.all(mail.map((m) => simpleParser(m.raw)));
    const ourIds = new Set(outbound.map((o) => o.messageId));
    const answered = parsed.filter((p, i) => ['reply', 'auto_reply'].includes(mail[i].kind) && ourIds.has(String(p.inReplyTo)));
    expect(answered.length).toBeGreaterThan(3);
    for (const p of answered) expect(p.to && 'value' in p.to ? p.to.value[0].address : '').toBe('orders@h-bu.de');
    const bouncedOurs = mail.filter((m) => m.kind === 'bounce' && [...ourIds].some((id) => m.raw.includes(`Message-ID: ${id}`)));
    expect(bouncedOurs.length).toBeGreaterThan(0);
  });
});
