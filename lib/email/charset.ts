// Repairs for mail that lies about (or never states) its character set, applied before mailparser sees it.
// Old mailers wrote raw 8-bit Latin-1 into headers, sent UTF-7 (which mailparser refuses on purpose; our HTML is
// sanitized afterwards) or labelled Latin-1 bodies as UTF-8. The stored raw source is never changed.
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { Joiner, Rewriter, Splitter, type MimeNode } from '@zone-eu/mailsplit';

const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;
const UTF7 = /^(?:(?:cs)?unicode11)?utf7$/;
// Declared charsets that mailparser reads as UTF-8 without checking; we check and fall back to Windows-1252.
const UTF8_LIKE = new Set(['', 'utf8', 'usascii', 'ascii', 'us', 'ansix3.41968', 'iso646us', 'default', 'unknown8bit', 'xunknown']);

const normalizeCharset = (charset: string | false | undefined) => (charset || '').toLowerCase().replace(/[^a-z0-9.]/g, '');

/** UTF-7 (refused by mailparser) and labels nobody knows (unknown-8bit, x-user-defined …) are decoded by us. */
const needsOwnDecoder = (charset: string) => UTF7.test(normalizeCharset(charset)) || !iconv.encodingExists(charset.replace(/\*.*$/, ''));

/** Where the header block ends: the index of the empty line separating it from the body (or the end). */
export function headerBlockEnd(raw: Buffer): number {
  const lf = raw.indexOf('\n\n');
  const crlf = raw.indexOf('\r\n\r\n');
  const candidates = [lf < 0 ? Infinity : lf + 1, crlf < 0 ? Infinity : crlf + 2];
  const end = Math.min(...candidates);
  return Number.isFinite(end) ? end : raw.length;
}

/** A decoder for the declared legacy charset; Windows-1252 when none is declared or the label claims UTF-8/UTF-7. */
function legacyDecoder(charset: string | undefined): TextDecoder {
  const label = normalizeCharset(charset);
  if (charset && !UTF8_LIKE.has(label) && !UTF7.test(label)) {
    try {
      return new TextDecoder(charset);
    } catch {
      // unknown label: fall through to the most common legacy charset of mail
    }
  }
  return new TextDecoder('windows-1252');
}

/** Bytes in a charset mailparser reads as UTF-8 (or refuses): UTF-8 when they are, else Windows-1252; UTF-7 decoded. */
export function decodeText(bytes: Buffer, charset?: string | false): string {
  if (UTF7.test(normalizeCharset(charset))) return iconv.decode(bytes, 'utf7');
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return new TextDecoder('windows-1252').decode(bytes);
}

function encodedWordBytes(encoding: string, payload: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(payload, 'base64');
  const text = payload.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(text, 'latin1');
}

const DISPLAY_HEADERS = /^(subject|from|to|cc|reply-to):([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gim;
const declaredCharset = (head: string) => /^content-type:[^]*?charset\s*=\s*"?([a-z0-9_.:-]+)/im.exec(head)?.[1];
const utf8AsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** UTF-7 text outside encoded words, as some mailers wrote Subject and names of a UTF-7 message. */
function decodeUtf7Value(value: string): string {
  return value
    .split(/(=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)/)
    .map((part, i) => (i % 2 ? part : utf8AsLatin1(iconv.decode(Buffer.from(part, 'latin1'), 'utf7'))))
    .join('');
}

/**
 * Rewrites the message's own header block so mailparser decodes it right: UTF-7 encoded words become UTF-8 ones,
 * raw 8-bit bytes inside quoted-printable encoded words become =XX, and other raw 8-bit text that is not UTF-8 is
 * read in the message's declared charset (Windows-1252 when none). Returns the input untouched when all is well.
 */
export function repairHeaderBlock(raw: Buffer): Buffer {
  const end = headerBlockEnd(raw);
  const head = raw.subarray(0, end);
  const broken8bit = !isUtf8(head);
  const latin = head.toString('latin1');
  const oddWords = [...latin.matchAll(ENCODED_WORD)].some(([, charset]) => needsOwnDecoder(charset));
  const declared = declaredCharset(latin);
  const utf7Message = UTF7.test(normalizeCharset(declared)) && latin.includes('+');
  if (!broken8bit && !oddWords && !utf7Message) return raw;

  let text = latin.replace(ENCODED_WORD, (word, charset: string, encoding: string, payload: string) => {
    if (needsOwnDecoder(charset)) {
      const decoded = decodeText(encodedWordBytes(encoding, payload), charset);
      return `=?utf-8?B?${Buffer.from(decoded, 'utf8').toString('base64')}?=`;
    }
    if (broken8bit && encoding.toUpperCase() === 'Q') {
      return word.replace(/[\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    }
    return word;
  });
  if (utf7Message) text = text.replace(DISPLAY_HEADERS, (_, name: string, value: string) => `${name}:${decodeUtf7Value(value)}`);
  let repaired = Buffer.from(text, 'latin1');
  if (broken8bit && !isUtf8(repaired)) repaired = Buffer.from(legacyDecoder(declared).decode(repaired), 'utf8');
  return Buffer.concat([repaired, raw.subarray(end)]);
}

function needsTextRepair(node: MimeNode): boolean {
  const type = node.contentType || (node.root ? 'text/plain' : '');
  if (type !== 'text/plain' && type !== 'text/html') return false;
  if (node.disposition === 'attachment') return false;
  return UTF8_LIKE.has(normalizeCharset(node.charset)) || needsOwnDecoder(node.charset || '');
}

/**
 * Re-encodes every text part whose declared charset mailparser would get wrong (UTF-7, a UTF-8 label on Latin-1
 * bytes, no label on 8-bit text, an unknown label) as real UTF-8. Slower than parsing, so only called when the
 * first parse shows replacement characters or UTF-7.
 */
export async function repairBodyCharsets(raw: Buffer): Promise<Buffer> {
  const splitter = new Splitter();
  const rewriter = new Rewriter(needsTextRepair);
  const joiner = new Joiner();
  rewriter.on('node', ({ node, decoder, encoder }) => {
    void buffer(decoder).then((bytes) => {
      const text = decodeText(bytes, node.charset);
      node.setCharset('utf-8');
      encoder.end(Buffer.from(text, 'utf8'));
    }, (error: Error) => encoder.destroy(error));
  });
  const output = buffer(joiner);
  await pipeline(Readable.from([raw]), splitter, rewriter, joiner);
  return output;
}

/** True when a first parse suggests repairBodyCharsets would change the outcome. */
export function mayNeedBodyRepair(raw: Buffer, decoded: string): boolean {
  return decoded.includes('\uFFFD') || raw.includes('tf-7') || raw.includes('TF-7');
}
