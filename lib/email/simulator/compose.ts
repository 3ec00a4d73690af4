// Turns a draft into real RFC 5322/MIME bytes with nodemailer's MailComposer. Everything that MailComposer would
// otherwise randomize or take from the clock (boundary, Message-ID, Date) is passed in, so output is reproducible.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { BodyEncoding, Draft } from './types';
import { escapeHtml } from '@/lib/html';

export type Envelope = { messageId: string; date: Date; boundary: string; received: string };

const CHARSET: Record<BodyEncoding, { charset: string; cte: 'quoted-printable' | 'base64' }> = {
  'utf8-qp': { charset: 'utf-8', cte: 'quoted-printable' },
  'utf8-base64': { charset: 'utf-8', cte: 'base64' },
  'latin1-qp': { charset: 'iso-8859-1', cte: 'quoted-printable' },
  'latin1-base64': { charset: 'iso-8859-1', cte: 'base64' },
};

const fitsLatin1 = (text: string) => !/[^\x00-\xff]/.test(text);

/** RFC 2047 Q-encoded words in ISO-8859-1 (MailComposer only writes UTF-8 words). */
function latin1Words(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const encoded = [...Buffer.from(text, 'latin1')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`));
  const words: string[] = [];
  for (let i = 0; i < encoded.length; i += 16) words.push(`=?ISO-8859-1?Q?${encoded.slice(i, i + 16).join('')}?=`);
  return words.join(' ');
}


/** The way desktop clients send a plain message as HTML: one paragraph per block, line breaks kept. */
function textAsHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`);
  return `<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n${paragraphs.join('\n')}\n</body></html>`;
}

export async function composeMime(draft: Draft, envelope: Envelope): Promise<Buffer> {
  // Like a mail client: ISO-8859-1 only when every character fits, else UTF-8 with the same transfer encoding.
  const wanted = draft.encoding ?? 'utf8-qp';
  const latin1Fits = fitsLatin1(draft.text) && fitsLatin1(draft.subject);
  const { charset, cte } = CHARSET[wanted.startsWith('latin1') && !latin1Fits ? (wanted === 'latin1-qp' ? 'utf8-qp' : 'utf8-base64') : wanted];
  const isLatin1 = charset === 'iso-8859-1';
  const textPart: Mail.Attachment = {
    contentType: `text/plain; charset=${charset}`,
    content: isLatin1 ? Buffer.from(draft.text, 'latin1') : draft.text,
    contentTransferEncoding: cte,
  };
  const htmlPart: Mail.Attachment[] =
    draft.html && !isLatin1 ? [{ contentType: 'text/html; charset=utf-8', content: draft.html === true ? textAsHtml(draft.text) : draft.html, contentTransferEncoding: cte }] : [];
  const reportParts: Mail.Attachment[] = draft.report
    ? [
        { contentType: 'message/delivery-status', content: draft.report.deliveryStatus, contentTransferEncoding: '7bit', contentDisposition: 'inline', filename: false },
        { contentType: draft.report.returnedAs, content: draft.report.returnedHeaders, contentTransferEncoding: '7bit', contentDisposition: 'inline', filename: false },
      ]
    : [];
  // baseBoundary is a MailComposer option the typings leave out.
  const options: Mail.Options & { baseBoundary: string } = {
    from: { name: draft.from.name, address: draft.from.email },
    to: draft.to,
    cc: draft.cc,
    subject: isLatin1 ? latin1Words(draft.subject) : draft.subject,
    date: envelope.date,
    messageId: envelope.messageId,
    inReplyTo: draft.inReplyTo,
    references: draft.references?.length ? draft.references : undefined,
    alternatives: [textPart, ...htmlPart],
    attachments: [...reportParts, ...(draft.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }))],
    headers: { Received: envelope.received, ...draft.headers },
    baseBoundary: envelope.boundary,
    textEncoding: cte,
  };
  const root = new MailComposer(options).compile();
  // A DSN is a multipart/report (RFC 3462); MailComposer builds the parts as multipart/mixed, so retype the root.
  if (draft.report) root.setHeader('Content-Type', 'multipart/report; report-type=delivery-status');
  return root.build();
}
