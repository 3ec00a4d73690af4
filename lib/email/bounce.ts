// Delivery status notifications (RFC 3464): which message bounced and which recipient failed.
export type DeliveryReport = {
  originalMessageId: string | null;
  failedRecipient: string | null;
  action: string | null;
  status: string | null;
  diagnostic: string | null;
};

type Part = { contentType: string; content: Buffer };

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);

/** True for `multipart/report; report-type=delivery-status`. */
export function isDeliveryReport(contentType: string | undefined, reportType: string | undefined): boolean {
  return contentType?.toLowerCase() === 'multipart/report' && reportType?.toLowerCase() === 'delivery-status';
}

/** Header-style field blocks separated by empty lines, folded lines joined, names lower-case. */
function fieldBlocks(text: string): Map<string, string>[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((f) => f.size > 0);
}

const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, '');

/** "rfc822; john@example.com" → "john@example.com". */
const addressOf = (value: string | undefined) => {
  const address = value ? printable(value.split(';').pop()!.trim().replace(/^<|>$/g, '').toLowerCase()) : '';
  return address.includes('@') ? address.slice(0, 320) : null;
};

export function messageIdIn(headerText: string): string | null {
  const head = headerText.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const id = printable(/^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '').slice(0, 250);
  if (!id) return null;
  return id.startsWith('<') ? id : `<${id.replace(/>$/, '')}>`;
}

/** Reads the machine-readable parts of a DSN; null when the message carries no delivery-status part. */
export function readDeliveryReport(parts: Part[]): DeliveryReport | null {
  const statusPart = parts.find((p) => STATUS_TYPES.has(p.contentType));
  if (!statusPart) return null;
  const recipients = fieldBlocks(statusPart.content.toString('utf8')).filter((f) => f.has('final-recipient') || f.has('original-recipient'));
  const failed = recipients.find((f) => f.get('action')?.toLowerCase() === 'failed') ?? recipients[0];
  const original = parts.find((p) => ORIGINAL_TYPES.has(p.contentType));
  const action = failed?.get('action')?.toLowerCase() ?? null;
  const status = failed?.get('status') ?? null;
  const hardFailure = action === 'failed' || (status?.startsWith('5') ?? false);
  return {
    originalMessageId: original ? messageIdIn(original.content.toString('utf8')) : null,
    failedRecipient: hardFailure ? addressOf(failed?.get('final-recipient') ?? failed?.get('original-recipient')) : null,
    action,
    status,
    diagnostic: failed?.get('diagnostic-code')?.slice(0, 500) ?? null,
  };
}
