// Whether an automatic reply may go out at all (RFC 3834): never to automatic mail, lists, bulk, daemons, bounces
// or ourselves. The "one per sender per thread per day" rule needs the database and lives in the store.
import type { EmailType } from '@/lib/generated/sqlite/enums';

export type LoopGuardInput = {
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Where the reply would go (Reply-To, else From). */
  recipient: string | null;
  type: EmailType;
  ownDomain: string;
};

const ROBOT_SENDER = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|listserv|majordomo|owner-.+|.+-request|.+-bounces?)(\+[^@]*)?@/i;

/** Null when a courtesy reply is fine; else the reason it must not be sent. */
export function autoReplyBlocker(input: LoopGuardInput): string | null {
  const h = input.headers;
  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = (h['precedence'] ?? '').trim().toLowerCase();
  if (['bulk', 'junk', 'list'].includes(precedence)) return `Precedence: ${precedence}`;
  if (h['list-id']) return 'mailing list (List-Id)';
  if (h['list-unsubscribe']) return 'bulk mail (List-Unsubscribe)';
  if (/\b(all|oof|autoreply)\b/i.test(h['x-auto-response-suppress'] ?? '')) return `X-Auto-Response-Suppress: ${h['x-auto-response-suppress']}`;
  if (h['x-autoreply'] || h['x-autorespond']) return 'the message is itself an automatic reply';
  if (input.type === 'BOUNCE') return 'delivery status notification';
  if (input.type === 'AUTO_REPLY') return 'the message is itself an automatic reply';
  if (input.type === 'SPAM') return 'spam or bulk mail';
  if ((h['return-path'] ?? '').trim() === '<>') return 'null sender (Return-Path: <>)';
  const to = input.recipient?.toLowerCase();
  if (!to || !to.includes('@')) return 'no address to reply to';
  if (ROBOT_SENDER.test(to)) return `${to} is an automated sender`;
  const domain = to.split('@')[1];
  const own = input.ownDomain.toLowerCase();
  if (domain === own || domain.endsWith(`.${own}`)) return `${to} is our own domain`;
  return null;
}
