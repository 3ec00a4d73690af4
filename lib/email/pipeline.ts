// The one way an inbound email enters the system, whatever brought it (API, simulator, later IMAP):
// parse → prepare (classify, route, SLA, reply plan) → store (one transaction) → announce.
import { env } from '@/lib/config/env';
import { readDocumentsAhead } from '@/lib/agents/facts';
import { runAgentFor } from '@/lib/agents/run';
import { SYSTEM_ACTOR, type Actor } from '@/lib/audit';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { pipelineDirectory } from './directory';
import { composeInboundJson, type InboundJson } from './inbound-json';
import { parseEmail } from './parse';
import { prepareEmail } from './prepare';
import { expectEmail, storeInbound, type StoredOutcome } from './store';
import type { IngestResult } from './views';

export type IngestOptions = {
  /** Who brought the email, for the audit log (default: System). */
  actor?: Actor;
  /** When it arrived (default: now). The simulator and imports set it. */
  receivedAt?: Date;
  /** Keep remote (http/https) images in the stored HTML. Off by default: they track the reader. */
  allowRemoteImages?: boolean;
  /** Same Message-ID = same message, whatever the content. Raw mail compares content, see identity.ts. */
  trustMessageId?: boolean;
  /** Publish email.received after commit (default true). */
  announce?: boolean;
};

/** Larger than MAX_EMAIL_BYTES: answered with 413. */
export class EmailTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The message is larger than the limit of ${limit} bytes.`);
  }
}

/** Parses, classifies, routes and stores one raw RFC 5322 message. Throws UnreadableEmail (400) or EmailTooLarge (413). */
export async function ingest(raw: Buffer | string, opts: IngestOptions = {}): Promise<IngestResult> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const e = env();
  if (bytes.length > e.MAX_EMAIL_BYTES) throw new EmailTooLarge(e.MAX_EMAIL_BYTES);
  // Tells the store an email is coming, so a batch being gathered can wait for it.
  const handedOver = expectEmail();
  let stored: Promise<StoredOutcome>;
  try {
    const parsed = await parseEmail(bytes, { allowRemoteImages: opts.allowRemoteImages });
    const directory = await pipelineDirectory();
    const prepared = prepareEmail(bytes, parsed, directory, {
      receivedAt: opts.receivedAt,
      trustMessageId: opts.trustMessageId,
      actor: opts.actor ?? SYSTEM_ACTOR,
    });
    stored = storeInbound(prepared);
    readDocumentsAhead(prepared);
  } finally {
    handedOver();
  }
  const { result, summary } = await stored;
  if (summary && opts.announce !== false) void publish(CHANNELS.staff, EVENTS.emailReceived, summary);
  // The unit's agent decides right after the commit, without holding up the sender: the caller has its answer once the
  // email is stored, and sends the next while the agent reads PDFs. It never throws; what it leaves undone (a crash)
  // the SLA sweep takes.
  if (!result.duplicate) runAgentFor(result.id);
  return result;
}

/** The JSON form of the inbound API: built into real MIME, then the same path as raw mail. */
export async function ingestJson(payload: InboundJson, opts: Omit<IngestOptions, 'trustMessageId'> = {}): Promise<IngestResult> {
  return ingest(await composeInboundJson(payload), { ...opts, trustMessageId: true });
}
