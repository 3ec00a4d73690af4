// Attachments: stored with size and SHA-256; only configured file types may ever be downloaded, the rest stay quarantined.
import { createHash } from 'node:crypto';
import { env } from '@/lib/config/env';

export type StoredAttachment = {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  allowed: boolean;
  content: Buffer;
};

let allowedFor: string | undefined;
let allowedSet = new Set<string>();

/** The extensions ALLOWED_ATTACHMENT_TYPES permits, lower-case without dots. */
export function allowedExtensions(): Set<string> {
  const list = env().ALLOWED_ATTACHMENT_TYPES;
  if (list !== allowedFor) {
    allowedSet = new Set(list.split(',').map((e) => e.trim().toLowerCase().replace(/^\./, '')).filter(Boolean));
    allowedFor = list;
  }
  return allowedSet;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

export function isAllowedAttachment(filename: string, allowed: Set<string> = allowedExtensions()): boolean {
  return allowed.has(extensionOf(filename));
}

/** A file name safe to store and to put into Content-Disposition: no path, no control characters. */
export function safeFilename(name: string | undefined, fallback = 'attachment'): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean && clean !== '.' && clean !== '..' ? clean : fallback;
}

const MIME_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;
export const safeContentType = (type: string | undefined) => (type && MIME_TYPE.test(type) ? type.toLowerCase() : 'application/octet-stream');

/** `checksum` is the SHA-256 mailparser already computed, when it did. */
// Inline parts (a cid: logo, say) often have no file name; their type still says what they are.
const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

export function storedAttachment(a: { filename?: string; contentType?: string; content: Buffer; checksum?: string }, allowed = allowedExtensions()): StoredAttachment {
  const contentType = safeContentType(a.contentType);
  const typeExtension = EXTENSION_OF_TYPE[contentType];
  const filename = safeFilename(a.filename, typeExtension ? `attachment.${typeExtension}` : 'attachment');
  return {
    filename,
    contentType,
    size: a.content.length,
    sha256: a.checksum ?? createHash('sha256').update(a.content).digest('hex'),
    allowed: isAllowedAttachment(filename, allowed),
    content: a.content,
  };
}

/** `attachment; filename="…"; filename*=UTF-8''…` — the ASCII fallback for old clients, RFC 5987 for the rest. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
