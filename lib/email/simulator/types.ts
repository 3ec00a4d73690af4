// The simulator's vocabulary: what a template receives (the draw context) and what it returns (a draft).
import type { Rng } from './random';
import type { Company, Lang, Party } from './parties';

export const KINDS = ['order', 'invoice', 'complaint', 'supplier', 'oem', 'expedite', 'inquiry', 'reply', 'auto_reply', 'bounce', 'newsletter', 'spam'] as const;
export type Kind = (typeof KINDS)[number];

/** How the text part is written on the wire; the subject follows the body's charset. */
export type BodyEncoding = 'utf8-qp' | 'utf8-base64' | 'latin1-qp' | 'latin1-base64';

export type CatalogItem = { sku: string; name: string; priceCents: number; category: string };
export type OrderLine = { sku: string; name: string; quantity: number; unitCents: number };

/** A message sent earlier (by the simulator in this run, or found in the database) that new mail can refer to. */
export type EarlierMessage = { messageId: string; subject: string; from: Party; to: string; references: string[]; kind?: Kind };

export type AttachmentDraft = { filename: string; contentType: string; content: Buffer };

/** DSN parts (RFC 3464): the machine-readable status and the returned headers of the failed message. */
export type DeliveryReport = { deliveryStatus: string; returnedHeaders: string; returnedAs: 'text/rfc822-headers' | 'message/rfc822' };

/** Machine senders (mailer daemons, service desks, spammers) have no company we know. */
export type Sender = { name: string; email: string };

export type Draft = {
  from: Party | Sender;
  to: string;
  cc?: string[];
  subject: string;
  text: string;
  /** Explicit HTML, or `true` to render the text as simple HTML paragraphs (as Outlook would send it). */
  html?: string | true;
  encoding?: BodyEncoding;
  attachments?: AttachmentDraft[];
  headers?: Record<string, string>;
  inReplyTo?: string;
  references?: string[];
  report?: DeliveryReport;
};

export type DrawContext = {
  rng: Rng;
  at: Date;
  /** Our company, from config/company.yaml. */
  ourName: string;
  ourDomain: string;
  /** Where a sender would write for a unit: mostly its mailbox, sometimes the general info@ address. */
  inbox(unit: string): string;
  /** Earlier messages of this run and those passed in by the caller, newest last. */
  inbound: readonly EarlierMessage[];
  outbound: readonly EarlierMessage[];
  person(companies: readonly Company[], lang?: Lang): Party;
  orderLines(min: number, max: number, categories?: string[]): OrderLine[];
};

export type Template = {
  key: string;
  kind: Kind;
  weight: number;
  /** Templates that need earlier messages (replies) say so, so the draw skips them on an empty history. */
  needs?: 'inbound' | 'outbound';
  build(ctx: DrawContext): Draft | Promise<Draft>;
};
