// Which prospects an email belongs to — pure, so the monitor's rules are tested without a database.
// Order of evidence: the thread (a reply to our outreach), the exact address, then the company domain.
import type { EmailType } from '@/lib/generated/sqlite/enums';
import { domainOf } from './derived';

export type MailFact = {
  id: string;
  source: 'email' | 'outbox';
  direction: 'in' | 'out';
  type: EmailType | null;
  subject: string;
  at: Date;
  /** Counterpart addresses: the sender of inbound mail, the recipients of outbound mail. */
  addresses: string[];
  /** In-Reply-To and References of inbound mail. */
  threadIds: string[];
  bouncedAddress: string | null;
  /** Set when the outbox message was written to a prospect (the composer). */
  prospectId: string | null;
  /** The outbox message's kind (auto_reply, reply, outreach, order_status, …); null for stored emails. */
  outboxKind: string | null;
};

/** Outbox kinds a person wrote: a rep's outreach, a staff reply to a task. The rest is sent automatically. */
const PERSONAL_OUTBOX_KINDS: ReadonlySet<string> = new Set(['outreach', 'reply']);

/**
 * Mail no person wrote: our acknowledgements and order emails, or an out-of-office answering us. It is kept on the
 * timeline as a note, but is no outreach and no response (the sales metrics count EMAIL_OUT and EMAIL_IN only).
 */
export function isAutomatic(fact: MailFact): boolean {
  if (fact.direction === 'in') return fact.type === 'AUTO_REPLY' || fact.type === 'BOUNCE';
  return fact.outboxKind !== null && !PERSONAL_OUTBOX_KINDS.has(fact.outboxKind);
}

/** How automatic mail reads on the prospect's timeline. */
export const automaticSummary = (fact: MailFact) =>
  `${fact.direction === 'in' ? 'Automatic reply received (out of office or similar)' : 'Sent automatically (no person wrote it)'}: ${fact.subject}`.slice(0, 300);

export type Lookup = {
  outreachByMessageId: Map<string, string>;
  prospectByAddress: Map<string, string>;
  prospectsByDomain: Map<string, string[]>;
};

export type Link = { fact: MailFact; prospectId: string; via: 'thread' | 'composer' | 'address' | 'domain' | 'bounce' };

/** Free-mail providers: sharing one says nothing about the company. */
export const FREEMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.de', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'mail.de', 'freenet.de',
]);

/** `"Name" <a@b.de>` or `a@b.de` → `a@b.de`. */
export function bareAddress(value: string): string {
  const angle = /<([^>]+)>/.exec(value);
  return (angle ? angle[1] : value).trim().toLowerCase();
}

/** Message-IDs appear with and without angle brackets; compare them bare. */
export const bareMessageId = (id: string) => id.trim().replace(/^<|>$/g, '');

export function linksFor(fact: MailFact, lookup: Lookup, ownDomains: ReadonlySet<string>): Link[] {
  if (fact.type === 'SPAM') return [];
  if (fact.type === 'BOUNCE') {
    const id = fact.bouncedAddress ? lookup.prospectByAddress.get(bareAddress(fact.bouncedAddress)) : undefined;
    return id ? [{ fact, prospectId: id, via: 'bounce' }] : [];
  }
  if (fact.prospectId) return [{ fact, prospectId: fact.prospectId, via: 'composer' }];
  for (const ref of fact.threadIds) {
    const id = lookup.outreachByMessageId.get(bareMessageId(ref));
    if (id) return [{ fact, prospectId: id, via: 'thread' }];
  }
  const addresses = fact.addresses.map(bareAddress).filter((a) => !ownDomains.has(domainOf(a)));
  const byAddress = [...new Set(addresses.map((a) => lookup.prospectByAddress.get(a)).filter((id): id is string => !!id))];
  if (byAddress.length) return byAddress.map((prospectId) => ({ fact, prospectId, via: 'address' as const }));
  const domains = new Set(addresses.map(domainOf).filter((d) => !FREEMAIL_DOMAINS.has(d)));
  const byDomain = [...new Set([...domains].flatMap((d) => lookup.prospectsByDomain.get(d) ?? []))];
  return byDomain.map((prospectId) => ({ fact, prospectId, via: 'domain' as const }));
}
