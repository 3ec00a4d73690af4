// Conversations: a reply joins the thread of the message it names (In-Reply-To, References); without those headers
// the normalized subject and the same outside participants decide, within a recent window.
import { createHash } from 'node:crypto';

/** Subject matching falls back only to threads active this recently. */
export const SUBJECT_THREAD_WINDOW_DAYS = 30;
const MAX_KEY = 200;

// Reply and forward prefixes in the languages our customers write: Re, AW, Antw, Fwd, Fw, WG, SV, VS, TR, RE[2].
const PREFIX = /^\s*(?:(?:re|aw|antw|fwd?|wg|sv|vs|tr|r)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)/i;

/** "AW: Re: [HB] Bestellung 4711 " → "Bestellung 4711": what a reply's own "Re: " goes in front of. */
export function subjectWithoutPrefixes(subject: string): string {
  let s = subject;
  for (let i = 0; i < 20; i++) {
    const next = s.replace(PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s.trim();
}

/** "AW: Re: [HB] Bestellung 4711 " → "bestellung 4711", the key threads are matched by. */
export function normalizeSubject(subject: string): string {
  return subjectWithoutPrefixes(subject).replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_KEY);
}

/** The outside addresses of a conversation (our own domain left out), sorted; long lists are hashed to fit an index. */
export function participantsKey(addresses: readonly string[], ownDomain: string): string {
  const own = ownDomain.toLowerCase();
  const outside = [...new Set(addresses.map((a) => a.toLowerCase()).filter((a) => a.includes('@')))]
    .filter((a) => {
      const domain = a.split('@')[1];
      return domain !== own && !domain.endsWith(`.${own}`);
    })
    .sort();
  const key = outside.join(',');
  return key.length <= MAX_KEY ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** Message-IDs this message refers to, most specific first: In-Reply-To, then References from the newest. */
export function referencedIds(inReplyTo: string | null, references: readonly string[]): string[] {
  return [...new Set([...(inReplyTo ? [inReplyTo] : []), ...[...references].reverse()])];
}
