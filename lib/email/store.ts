// Writes prepared emails: Email + EmailSource + Attachments + Thread + Task + OutboxMessage +
// Activity in one transaction, all or nothing. Emails that arrive together are written together (group commit):
// one round of reads and one transaction for the batch instead of a dozen statements per email. Every email is
// still atomic: a batch that fails is written again one email at a time, and a unique violation (duplicate, race) is
// settled by looking up what is stored.
import { createHash, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { outreachAnswered, outreachOf } from '@/lib/sales/outreach-threads';
import { batchWrites, emailRows, type ThreadPlan } from './email-rows';
import { contentFingerprint, variantMessageId } from './identity';
import { answeredInPerson, joinThread, type PreparedEmail } from './prepare';
import { SUBJECT_THREAD_WINDOW_DAYS } from './thread';
import { emailSummary, emailSummarySelect, ingestResult, type EmailSummary, type IngestResult } from './views';

export type StoredOutcome = { result: IngestResult; summary: EmailSummary | null };

type Pending = { email: PreparedEmail; resolve: (o: StoredOutcome) => void; reject: (e: unknown) => void };

const MAX_BATCH = 200;
// How long a batch waits for emails still being parsed to join it; only when some are. A batch costs a few dozen
// statements (and the agents' batch after it as many) whatever its size, so it waits for 16 parses (over 10 ms).
const MAX_GATHER_MS = 50;
const DAY_MS = 86_400_000;

let queue: Pending[] = [];
let draining = false;
let incoming = 0;

/** Call as an email starts on its way here (parsing); the returned function once it was handed over or failed. */
export function expectEmail(): () => void {
  incoming++;
  let done = false;
  return () => {
    if (!done) incoming--;
    done = true;
    wake();
  };
}

// A batch being gathered sleeps until an email is handed over (or fails) rather than spinning turn after turn.
let wakeGatherer: (() => void) | null = null;
function wake() {
  wakeGatherer?.();
  wakeGatherer = null;
}

async function gather() {
  const since = Date.now();
  while (incoming > 0 && queue.length < MAX_BATCH) {
    const left = MAX_GATHER_MS - (Date.now() - since);
    if (left <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left);
      wakeGatherer = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** Queues the email for the next group commit; resolves once it is stored (or known as a duplicate). */
export function storeInbound(email: PreparedEmail): Promise<StoredOutcome> {
  return new Promise((resolve, reject) => {
    queue.push({ email, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  });
}

async function drain() {
  try {
    for (;;) {
      await gather();
      if (!queue.length) break;
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      // writeSafely settles every email itself; this only guards the queue against a bug in it.
      await writeSafely(batch).catch((error: unknown) => batch.forEach((p) => p.reject(error)));
    }
  } finally {
    draining = false;
  }
}

async function writeSafely(batch: Pending[]): Promise<void> {
  // Most mail is new: write without looking up stored Message-IDs first. A unique violation means something in the
  // batch is known already (a duplicate, a reused Message-ID, today's reply), and the second pass looks it up.
  try {
    await writeBatch(batch, false);
    return;
  } catch (error) {
    if (!isUniqueViolation(error)) return writeOneByOne(batch, error);
  }
  try {
    await writeBatch(batch, true);
  } catch (error) {
    await writeOneByOne(batch, error);
  }
}

/** One email at a time, so a bad one cannot take the others down; a race lost to another writer is re-read once more. */
async function writeOneByOne(batch: Pending[], error: unknown): Promise<void> {
  if (batch.length > 1) {
    for (const pending of batch) await writeSafely([pending]);
    return;
  }
  const [pending] = batch;
  if (!isUniqueViolation(error)) return pending.reject(error);
  await writeBatch(batch, true).catch((e: unknown) => pending.reject(e));
}

/** The auto-reply's Message-ID is derived from sender, thread and day, so the unique index allows one per day. */
function replyMessageId(to: string, threadId: string, at: Date, domain: string): string {
  const day = at.toISOString().slice(0, 10);
  return `<auto-reply.${createHash('sha256').update(`${to}|${threadId}|${day}`).digest('hex').slice(0, 32)}@${domain}>`;
}

type Sorted = { fresh: Pending[]; duplicates: [Pending, string][]; sameAsEarlier: [Pending, Pending][]; later: Pending[] };

/** New emails, duplicates of stored ones, repeats within the batch, and those to decide in the next round. */
async function sortAgainstStored(batch: Pending[], lookUpStored: boolean): Promise<Sorted> {
  const ids = [...new Set(batch.map((p) => p.email.messageId))];
  const existing = lookUpStored ? await db.email.findMany({ where: { messageId: { in: ids } }, select: { id: true, messageId: true } }) : [];
  const stored = new Map(existing.map((e) => [e.messageId, e]));
  const toCompare = existing.filter((e) => batch.some((p) => p.email.messageId === e.messageId && !p.email.trustMessageId));
  const sources = toCompare.length
    ? await db.emailSource.findMany({ where: { emailId: { in: toCompare.map((e) => e.id) } }, select: { emailId: true, raw: true } })
    : [];
  const storedFingerprint = new Map(sources.map((s) => [s.emailId, contentFingerprint(Buffer.from(s.raw))]));

  const sorted: Sorted = { fresh: [], duplicates: [], sameAsEarlier: [], later: [] };
  const firstWithId = new Map<string, Pending>();
  for (const p of batch) {
    const e = p.email;
    const row = stored.get(e.messageId);
    if (row) {
      const isVariantKey = e.messageId.endsWith(`#${e.fingerprint.slice(0, 16)}`);
      if (e.trustMessageId || isVariantKey || storedFingerprint.get(row.id) === e.fingerprint) sorted.duplicates.push([p, row.id]);
      else {
        // A different message reusing a stored Message-ID: kept under its own key, never dropped.
        e.messageId = variantMessageId(e.messageId, e.fingerprint);
        sorted.later.push(p);
      }
      continue;
    }
    const first = firstWithId.get(e.messageId);
    if (first) {
      if (e.trustMessageId || first.email.fingerprint === e.fingerprint) sorted.sameAsEarlier.push([p, first]);
      else sorted.later.push(p); // decided in the next round, once the first one is stored
      continue;
    }
    firstWithId.set(e.messageId, p);
    sorted.fresh.push(p);
  }
  return sorted;
}

/** Threads by the Message-IDs an email refers to (our replies included), else by subject + participants nearby in time. */
async function assignThreads(fresh: Pending[]) {
  const refs = [...new Set(fresh.flatMap((p) => p.email.threadRefs))];
  const [refEmails, refReplies] = refs.length
    ? await Promise.all([
        db.email.findMany({ where: { messageId: { in: refs } }, select: { messageId: true, threadId: true } }),
        db.outboxMessage.findMany({ where: { messageId: { in: refs }, email: { isNot: null } }, select: { messageId: true, email: { select: { threadId: true } } } }),
      ])
    : [[], []];
  const threadOfMessage = new Map<string, string>(refEmails.map((e) => [e.messageId, e.threadId]));
  for (const r of refReplies) if (r.email) threadOfMessage.set(r.messageId, r.email.threadId);

  const subjectPairs = fresh.filter((p) => p.email.subjectKey).map((p) => ({ subjectKey: p.email.subjectKey, participantsKey: p.email.participantsKey }));
  const window = SUBJECT_THREAD_WINDOW_DAYS * DAY_MS;
  const times = fresh.map((p) => p.email.receivedAt.getTime());
  const nearbyThreads = subjectPairs.length
    ? await db.thread.findMany({
        where: { OR: subjectPairs, lastMessageAt: { gte: new Date(Math.min(...times) - window), lte: new Date(Math.max(...times) + window) } },
        select: { id: true, subjectKey: true, participantsKey: true, lastMessageAt: true },
        orderBy: { lastMessageAt: 'desc' },
      })
    : [];
  const storedBySubject = (key: string, at: Date) =>
    nearbyThreads.find((t) => `${t.subjectKey}\n${t.participantsKey}` === key && Math.abs(t.lastMessageAt.getTime() - at.getTime()) <= window)?.id;
  const threadOfSubject = new Map<string, string>();

  const threads = new Map<string, ThreadPlan>();
  const threadIdOf = new Map<Pending, string>();
  for (const p of fresh) {
    const e = p.email;
    const subjectKey = e.subjectKey ? `${e.subjectKey}\n${e.participantsKey}` : null;
    const known =
      e.threadRefs.map((r) => threadOfMessage.get(r)).find(Boolean) ??
      (subjectKey ? (threadOfSubject.get(subjectKey) ?? storedBySubject(subjectKey, e.receivedAt)) : undefined);
    const threadId = known ?? randomUUID();
    if (!threads.has(threadId)) {
      threads.set(threadId, { create: !known, subject: e.parsed.subject || '(no subject)', subjectKey: e.subjectKey, participantsKey: e.participantsKey, count: 0, lastMessageAt: e.receivedAt });
    }
    const t = threads.get(threadId)!;
    t.count += 1;
    if (e.receivedAt > t.lastMessageAt) t.lastMessageAt = e.receivedAt;
    threadIdOf.set(p, threadId);
    threadOfMessage.set(e.messageId, threadId);
    if (e.parsed.messageId) threadOfMessage.set(e.parsed.messageId, threadId);
    if (subjectKey) threadOfSubject.set(subjectKey, threadId);
  }
  return { threads, threadIdOf };
}

/**
 * The emails as they are written: a reply that only a catch-all rule took goes to the unit handling its thread — the
 * unit of the thread's latest email, earlier ones of this batch included (see joinThread).
 */
async function followThreads(fresh: Pending[], threads: Map<string, ThreadPlan>, threadIdOf: Map<Pending, string>) {
  const storedThreads = [...new Set(fresh.filter((p) => p.email.route.catchAll).map((p) => threadIdOf.get(p)!))].filter((id) => !threads.get(id)!.create);
  const latest = storedThreads.length
    ? await db.email.findMany({
        where: { threadId: { in: storedThreads }, businessUnitId: { not: null } },
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
        distinct: ['threadId'],
        select: { threadId: true, businessUnitId: true },
      })
    : [];
  const unitOfThread = new Map(latest.map((e) => [e.threadId, e.businessUnitId!]));
  const emails = new Map<Pending, PreparedEmail>();
  for (const p of fresh) {
    const threadId = threadIdOf.get(p)!;
    const threadUnit = unitOfThread.get(threadId);
    const email = threadUnit ? joinThread(p.email, threadUnit) : p.email;
    emails.set(p, email);
    unitOfThread.set(threadId, email.route.unit.id);
  }
  return emails;
}

/** Replies to a rep's outreach lose their planned courtesy reply: the rep answers them (see answeredInPerson). */
async function leaveOutreachRepliesToReps(emails: Map<Pending, PreparedEmail>) {
  const planned = [...emails].filter(([, e]) => e.reply && e.threadRefs.length);
  if (!planned.length) return;
  const outreach = await outreachAnswered(planned.flatMap(([, e]) => e.threadRefs));
  for (const [p, e] of planned) {
    const thread = outreachOf(e.threadRefs, outreach);
    if (thread) emails.set(p, answeredInPerson(e, thread.owner.name));
  }
}

/** The reply Message-ID per email that may still get its courtesy reply: at most one per sender, thread and day. */
async function limitReplies(emails: Map<Pending, PreparedEmail>, threads: Map<string, ThreadPlan>, threadIdOf: Map<Pending, string>) {
  const replyIds = new Map<Pending, string>();
  for (const [p, email] of emails) {
    const reply = email.reply;
    if (reply) replyIds.set(p, replyMessageId(reply.to, threadIdOf.get(p)!, email.receivedAt, reply.from.split('@')[1]));
  }
  // Only older threads can hold today's reply already (and the unique index catches what this skips).
  const inOldThreads = [...replyIds].filter(([p]) => !threads.get(threadIdOf.get(p)!)!.create).map(([, id]) => id);
  const sent = new Set(
    inOldThreads.length ? (await db.outboxMessage.findMany({ where: { messageId: { in: inOldThreads } }, select: { messageId: true } })).map((o) => o.messageId) : [],
  );
  for (const [p, id] of replyIds) {
    if (!sent.has(id)) {
      sent.add(id);
      continue;
    }
    replyIds.delete(p);
    emails.set(p, { ...emails.get(p)!, replyReasons: ['no automatic reply: this sender already had one in this thread today'] });
  }
  return replyIds;
}

async function writeBatch(batch: Pending[], lookUpStored: boolean) {
  const { fresh, duplicates, sameAsEarlier, later } = await sortAgainstStored(batch, lookUpStored);
  const { threads, threadIdOf } = await assignThreads(fresh);
  const emails = await followThreads(fresh, threads, threadIdOf);
  await leaveOutreachRepliesToReps(emails);
  const replyIds = await limitReplies(emails, threads, threadIdOf);

  const now = new Date();
  const rows = fresh.map((p) => emailRows(emails.get(p)!, threadIdOf.get(p)!, replyIds.get(p) ?? null, now));
  if (rows.length) await db.$transaction(batchWrites(threads, rows, now));

  // Answer everyone; messages that reuse a Message-ID go round again under their own key.
  const summaries = new Map(fresh.map((p, i) => [p, rows[i].summary]));
  for (const [p, row] of summaries) p.resolve({ result: ingestResult(row, false), summary: emailSummary(row) });
  for (const [p, first] of sameAsEarlier) p.resolve({ result: ingestResult(summaries.get(first)!, true), summary: null });
  if (duplicates.length) {
    const originals = await db.email.findMany({ where: { id: { in: duplicates.map(([, id]) => id) } }, select: emailSummarySelect });
    const byId = new Map(originals.map((o) => [o.id, o]));
    for (const [p, id] of duplicates) p.resolve({ result: ingestResult(byId.get(id)!, true), summary: null });
  }
  if (later.length) queue.unshift(...later);
}
