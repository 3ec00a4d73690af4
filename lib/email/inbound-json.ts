// The JSON form of an inbound email, validated once here and turned into real MIME with nodemailer's composer, so
// JSON and raw mail share one parser and one pipeline.
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { z } from 'zod';
import { generatedMessageId } from './identity';

const hasAddress = (value: string) => addressparser(value, { flatten: true }).some((a) => /^[^@\s]+@[^@\s]+$/.test(a.address));
const address = z.string().trim().min(3).max(998).refine(hasAddress, 'must contain an email address');
const messageId = z
  .string()
  .trim()
  .max(250)
  .regex(/^<?[^<>\s]+@[^<>\s]+>?$/, 'must look like <id@domain>')
  .transform((id) => `<${id.replace(/^<|>$/g, '')}>`);

/** Base64 with or without padding and line breaks; a length of 4n+1 characters cannot be base64 at all. */
const isBase64 = (value: string) => {
  const clean = value.replace(/[\r\n]/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 !== 1;
};

export const inboundJsonSchema = z.object({
  from: address,
  to: z.union([address, z.array(address).min(1).max(100)], { error: 'must be an email address, or a list of 1 to 100 of them' }),
  subject: z.string().max(998),
  text: z.string().optional(),
  html: z.string().optional(),
  messageId: messageId.optional(),
  inReplyTo: messageId.optional(),
  attachments: z
    .array(
      z.object({
        filename: z.string().trim().min(1).max(255),
        contentType: z.string().trim().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type like application/pdf'),
        contentBase64: z.string().refine(isBase64, 'must be base64'),
      }),
    )
    .max(100)
    .optional(),
});

export type InboundJson = z.infer<typeof inboundJsonSchema>;

/** RFC 5322 bytes for the payload. Without a messageId one is derived from the payload, so a re-post is a duplicate. */
export function composeInboundJson(payload: InboundJson): Promise<Buffer> {
  const id = payload.messageId ?? generatedMessageId(createHash('sha256').update(JSON.stringify(payload)).digest('hex'));
  const composer = new MailComposer({
    from: payload.from,
    to: payload.to,
    subject: payload.subject,
    text: payload.text,
    html: payload.html,
    messageId: id,
    inReplyTo: payload.inReplyTo,
    references: payload.inReplyTo ? [payload.inReplyTo] : undefined,
    attachments: payload.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
  });
  return composer.compile().build();
}
