// Which stored email a message is. Message-ID first; the content fingerprint tells a redelivery (same message,
// other trace headers) from a different message that reuses a Message-ID, as some old mailers do.
import { createHash } from 'node:crypto';
import { headerBlockEnd } from './charset';

// Headers that relays and the receiving server add; a message delivered twice differs only in these.
const TRACE = /^(received|return-path|delivered-to|x-original-to|envelope-to|authentication-results|arc-[a-z-]+|received-spf|x-received|x-gm-[a-z-]+|x-ms-exchange-[a-z-]+|x-spam-[a-z-]+)$/i;
const MAX_ID_LENGTH = 250;

/** SHA-256 (hex) over the message without trace headers, line endings normalized. */
export function contentFingerprint(raw: Buffer): string {
  const end = headerBlockEnd(raw);
  const hash = createHash('sha256');
  const lines = raw.subarray(0, end).toString('latin1').split(/\r?\n/);
  let skipping = false;
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      if (!skipping) hash.update(`${line}\n`, 'latin1');
      continue;
    }
    const name = line.slice(0, Math.max(0, line.indexOf(':')));
    skipping = TRACE.test(name.trim());
    if (!skipping) hash.update(`${line}\n`, 'latin1');
  }
  const body = raw.subarray(end);
  hash.update(body.includes('\r\n') ? Buffer.from(body.toString('latin1').replace(/\r\n/g, '\n'), 'latin1') : body);
  return hash.digest('hex');
}

/** A Message-ID for a message that has none (or an unusable one), stable for the same content. */
export const generatedMessageId = (fingerprint: string) => `<${fingerprint.slice(0, 40)}@fingerprint.invalid>`;

/** The storage key of a different message that reuses an already stored Message-ID. */
export const variantMessageId = (messageId: string, fingerprint: string) => `${messageId.slice(0, MAX_ID_LENGTH - 20)}#${fingerprint.slice(0, 16)}`;

/** The Message-ID to store: the message's own when usable (indexed columns have length limits), else a generated one. */
export function storedMessageId(messageId: string | null | undefined, fingerprint: string): string {
  const id = messageId?.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  return id && id.length > 2 && id.length <= MAX_ID_LENGTH ? id : generatedMessageId(fingerprint);
}
