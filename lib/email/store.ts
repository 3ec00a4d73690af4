// Writes prepared emails: Email + EmailSource + Attachments + Thread + Task + OutboxMessage + CsatResponse +
// Activity in one transaction, all or nothing. Emails that arrive together are written together (group commit):
// one round of reads and one transaction for the batch instead of a dozen statements per email. Every email is
// still atomic — a failed batch is retried one email at a time, and a unique-constraint race is settled by re-reading.
import { createHash, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { insertRows, type ColumnSpec } from './bulk-insert';
import { contentFingerprint, variantMessageId } from './identity';
import type { PreparedEmail } from './prepare';
import { SUBJECT_THREAD_WINDOW_DAYS } from './thread';
import { emailSummary, emailSummarySelect, ingestResult, type EmailSummary, type EmailSummaryRow, type IngestResult } from './views';

export type StoredOutcome = { result: IngestResult; summary: EmailSummary | null };

type Pending = { email: PreparedEmail; retried: boolean; resolve: (o: StoredOutcome) => void; reject: (e: unknown) => void };

const MAX_BATCH = 200;
// How long a batch waits for emails still being parsed to join it; only when some are.
const MAX_GATHER_MS = 10;
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
  };
}

/** Queues the email for the next group commit; resolves once it is stored (or known as a duplicate). */
export function storeInbound(email: PreparedEmail): Promise<StoredOutcome> {
  return new Promise((resolve, reject) => {
    queue.push({ email, retried: false, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  });
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function drain() {
  for (;;) {
    const since = Date.now();
    while (incoming > 0 && queue.length < MAX_BATCH && Date.now() - since < MAX_GATHER_MS) await nextTurn();
    if (!queue.length) break;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    await writeSafely(batch);
  }
  draining = false;
}

/** P2002 from Prisma's own queries; raw INSERTs report the driver's UniqueConstraintViolation under P2010. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return e?.code === 'P2002' || e?.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

async function writeSafely(batch: Pending[]): Promise<void> {
  try {
    await writeBatch(batch);
  } catch (error) {
    if (batch.length > 1) {
      for (const pending of batch) await writeSafely([pending]);
      return;
    }
    const [pending] = batch;
    // Another writer stored the same Message-ID (or today's reply) first: reading again settles it.
    if (isUniqueViolation(error) && !pending.retried) {
      pending.retried = true;
      return writeSafely(batch);
    }
    pending.reject(error);
  }
}

/** The auto-reply's Message-ID is derived from sender, thread and day, so the unique index allows one per day. */
function replyMessageId(to: string, threadId: string, at: Date, domain: string): string {
  const day = at.toISOString().slice(0, 10);
  return `<auto-reply.${createHash('sha256').update(`${to}|${threadId}|${day}`).digest('hex').slice(0, 32)}@${domain}>`;
}

type ThreadPlan = { create: boolean; subject: string; subjectKey: string; participantsKey: string; count: number; lastMessageAt: Date };

async function writeBatch(batch: Pending[]) {
  // 1. Which of these are already stored?
  const ids = [...new Set(batch.map((p) => p.email.messageId))];
  const existing = await db.email.findMany({ where: { messageId: { in: ids } }, select: { id: true, messageId: true } });
  const stored = new Map(existing.map((e) => [e.messageId, e]));
  const toCompare = existing.filter((e) => batch.some((p) => p.email.messageId === e.messageId && !p.email.trustMessageId));
  const sources = toCompare.length
    ? await db.emailSource.findMany({ where: { emailId: { in: toCompare.map((e) => e.id) } }, select: { emailId: true, raw: true } })
    : [];
  const storedFingerprint = new Map(sources.map((s) => [s.emailId, contentFingerprint(Buffer.from(s.raw))]));

  const fresh: Pending[] = [];
  const duplicates: [Pending, string][] = [];
  const sameAsEarlier: [Pending, Pending][] = [];
  const later: Pending[] = [];
  const firstWithId = new Map<string, Pending>();
  for (const p of batch) {
    const e = p.email;
    const row = stored.get(e.messageId);
    if (row) {
      const isVariantKey = e.messageId.endsWith(`#${e.fingerprint.slice(0, 16)}`);
      if (e.trustMessageId || isVariantKey || storedFingerprint.get(row.id) === e.fingerprint) duplicates.push([p, row.id]);
      else {
        // A different message reusing a stored Message-ID: kept under its own key, never dropped.
        e.messageId = variantMessageId(e.messageId, e.fingerprint);
        later.push(p);
      }
      continue;
    }
    const first = firstWithId.get(e.messageId);
    if (first) {
      if (e.trustMessageId || first.email.fingerprint === e.fingerprint) sameAsEarlier.push([p, first]);
      else later.push(p); // decided in the next round, once the first one is stored
      continue;
    }
    firstWithId.set(e.messageId, p);
    fresh.push(p);
  }

  // 2. Threads: by the Message-IDs an email refers to (ours included), else subject + participants.
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
  const oldest = Math.min(...fresh.map((p) => p.email.receivedAt.getTime()));
  const recentThreads = subjectPairs.length
    ? await db.thread.findMany({
        where: { OR: subjectPairs, lastMessageAt: { gte: new Date(oldest - SUBJECT_THREAD_WINDOW_DAYS * DAY_MS) } },
        select: { id: true, subjectKey: true, participantsKey: true },
        orderBy: { lastMessageAt: 'asc' },
      })
    : [];
  const threadOfSubject = new Map(recentThreads.map((t) => [`${t.subjectKey}\n${t.participantsKey}`, t.id]));

  const threads = new Map<string, ThreadPlan>();
  const threadIdOf = new Map<Pending, string>();
  for (const p of fresh) {
    const e = p.email;
    const subjectKey = e.subjectKey ? `${e.subjectKey}\n${e.participantsKey}` : null;
    let threadId = e.threadRefs.map((r) => threadOfMessage.get(r)).find(Boolean) ?? (subjectKey ? threadOfSubject.get(subjectKey) : undefined);
    const plan = threadId ? threads.get(threadId) : undefined;
    if (!threadId) {
      threadId = randomUUID();
      threads.set(threadId, { create: true, subject: e.parsed.subject || '(no subject)', subjectKey: e.subjectKey, participantsKey: e.participantsKey, count: 0, lastMessageAt: e.receivedAt });
    } else if (!plan) {
      threads.set(threadId, { create: false, subject: '', subjectKey: '', participantsKey: '', count: 0, lastMessageAt: e.receivedAt });
    }
    const t = threads.get(threadId)!;
    t.count += 1;
    if (e.receivedAt > t.lastMessageAt) t.lastMessageAt = e.receivedAt;
    threadIdOf.set(p, threadId);
    threadOfMessage.set(e.messageId, threadId);
    if (e.parsed.messageId) threadOfMessage.set(e.parsed.messageId, threadId);
    if (subjectKey) threadOfSubject.set(subjectKey, threadId);
  }

  // 3. At most one courtesy reply per sender, thread and day.
  const replyIds = new Map<Pending, string>();
  for (const p of fresh) {
    const reply = p.email.reply;
    if (reply) replyIds.set(p, replyMessageId(reply.to, threadIdOf.get(p)!, p.email.receivedAt, reply.from.split('@')[1]));
  }
  const inOldThreads = [...replyIds].filter(([p]) => !threads.get(threadIdOf.get(p)!)!.create).map(([, id]) => id);
  const alreadySent = new Set(
    inOldThreads.length ? (await db.outboxMessage.findMany({ where: { messageId: { in: inOldThreads } }, select: { messageId: true } })).map((o) => o.messageId) : [],
  );
  for (const [p, id] of replyIds) {
    if (!alreadySent.has(id)) {
      alreadySent.add(id);
      continue;
    }
    replyIds.delete(p);
    p.email.replyReasons = ['no automatic reply: this sender already had one in this thread today'];
  }

  // 4. One transaction for the whole batch.
  const now = new Date();
  const rows = fresh.map((p) => rowsOf(p.email, threadIdOf.get(p)!, replyIds.get(p) ?? null, now));
  const writes: Prisma.PrismaPromise<unknown>[] = [];
  const newThreads = [...threads].filter(([, t]) => t.create);
  writes.push(
    ...insertRows(
      'Thread',
      THREAD_COLUMNS,
      newThreads.map(([id, t]) => ({ id, subject: t.subject, subjectKey: t.subjectKey, participantsKey: t.participantsKey, messageCount: t.count, lastMessageAt: t.lastMessageAt, createdAt: now })),
    ),
  );
  for (const [id, t] of threads) {
    if (!t.create) writes.push(db.thread.update({ where: { id }, data: { messageCount: { increment: t.count }, lastMessageAt: t.lastMessageAt }, select: { id: true } }));
  }
  writes.push(
    ...insertRows('Email', EMAIL_COLUMNS, rows.map((r) => r.email)),
    ...insertRows('EmailSource', SOURCE_COLUMNS, rows.map((r) => r.source)),
    ...insertRows('Attachment', ATTACHMENT_COLUMNS, rows.flatMap((r) => r.attachments)),
    ...insertRows('Task', TASK_COLUMNS, rows.map((r) => r.task)),
    ...insertRows('OutboxMessage', OUTBOX_COLUMNS, rows.flatMap((r) => (r.outbox ? [r.outbox] : []))),
    ...insertRows('CsatResponse', CSAT_COLUMNS, rows.flatMap((r) => (r.csat ? [r.csat] : []))),
    ...insertRows('Activity', ACTIVITY_COLUMNS, rows.map((r) => r.activity)),
  );
  if (writes.length) await db.$transaction(writes);

  // 5. Answer everyone; messages that reuse a Message-ID go round again under their own key.
  const results = new Map<Pending, EmailSummaryRow>();
  fresh.forEach((p, i) => results.set(p, rows[i].summary));
  for (const p of fresh) p.resolve({ result: ingestResult(results.get(p)!, false), summary: emailSummary(results.get(p)!) });
  if (duplicates.length) {
    const originals = await db.email.findMany({ where: { id: { in: duplicates.map(([, id]) => id) } }, select: emailSummarySelect });
    const byId = new Map(originals.map((o) => [o.id, o]));
    for (const [p, id] of duplicates) p.resolve({ result: ingestResult(byId.get(id)!, true), summary: null });
  }
  for (const [p, first] of sameAsEarlier) p.resolve({ result: ingestResult(results.get(first)!, true), summary: null });
  if (later.length) queue.unshift(...later);
}

// Prisma types Bytes as Uint8Array<ArrayBuffer>; our Buffers are never backed by a SharedArrayBuffer.
const bytes = (b: Buffer) => b as Uint8Array<ArrayBuffer>;

// Every column written, with the Postgres cast its parameter needs (see bulk-insert.ts).
const ts = 'timestamp(3)' as const;
const THREAD_COLUMNS: ColumnSpec<Prisma.ThreadCreateManyInput> = { id: null, subject: null, subjectKey: null, participantsKey: null, messageCount: null, lastMessageAt: ts, createdAt: ts };
const EMAIL_COLUMNS: ColumnSpec<Prisma.EmailCreateManyInput> = {
  id: null, messageId: null, threadId: null, fromAddress: null, fromName: null, toAddresses: 'jsonb', ccAddresses: 'jsonb', subject: null,
  text: null, html: null, headers: 'jsonb', inReplyTo: null, references: 'jsonb', sentAt: ts, receivedAt: ts, size: null,
  type: '"EmailType"', priority: '"Priority"', language: null, isOem: null, customerId: null, businessUnitId: null, ruleId: null,
  reasons: 'jsonb', slaDueAt: ts, bounceFor: null, bouncedAddress: null, createdAt: ts,
};
const SOURCE_COLUMNS: ColumnSpec<Prisma.EmailSourceCreateManyInput> = { emailId: null, raw: 'bytea' };
const ATTACHMENT_COLUMNS: ColumnSpec<Prisma.AttachmentCreateManyInput> = { id: null, emailId: null, filename: null, contentType: null, size: null, sha256: null, allowed: null, content: 'bytea', createdAt: ts };
const TASK_COLUMNS: ColumnSpec<Prisma.TaskCreateManyInput> = { id: null, emailId: null, businessUnitId: null, priority: '"Priority"', slaDueAt: ts, createdAt: ts, updatedAt: ts };
const OUTBOX_COLUMNS: ColumnSpec<Prisma.OutboxMessageCreateManyInput> = {
  id: null, kind: null, template: null, messageId: null, fromAddress: null, toAddress: null, subject: null, text: null, html: null,
  headers: 'jsonb', emailId: null, nextAttemptAt: ts, createdAt: ts,
};
const CSAT_COLUMNS: ColumnSpec<Prisma.CsatResponseCreateManyInput> = { id: null, token: null, emailId: null, businessUnitId: null, customerEmail: null, createdAt: ts };
const ACTIVITY_COLUMNS: ColumnSpec<Prisma.ActivityCreateManyInput> = { id: null, actorType: null, actorId: null, actorName: null, action: null, entityType: null, entityId: null, after: 'jsonb', createdAt: ts };

function rowsOf(e: PreparedEmail, threadId: string, replyId: string | null, now: Date) {
  const { parsed, classification: c, route } = e;
  const reasons = {
    type: c.reasons.type,
    priority: c.reasons.priority,
    oem: c.reasons.oem,
    language: c.reasons.language,
    route: route.reasons,
    autoReply: e.replyReasons,
  };
  const reply = replyId ? e.reply : null;
  const email: Prisma.EmailCreateManyInput = {
    id: e.id,
    messageId: e.messageId,
    threadId,
    fromAddress: parsed.from?.address ?? '',
    fromName: parsed.from?.name ?? null,
    toAddresses: parsed.to,
    ccAddresses: parsed.cc,
    subject: parsed.subject,
    text: parsed.text,
    html: parsed.html,
    headers: parsed.headers,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    sentAt: parsed.sentAt,
    receivedAt: e.receivedAt,
    size: e.raw.length,
    type: c.type,
    priority: c.priority,
    language: c.language,
    isOem: c.isOem,
    customerId: c.customer?.id ?? null,
    businessUnitId: route.unit.id,
    ruleId: route.rule?.id ?? null,
    reasons,
    slaDueAt: e.slaDueAt,
    bounceFor: parsed.deliveryReport?.originalMessageId ?? null,
    bouncedAddress: parsed.deliveryReport?.failedRecipient ?? null,
    createdAt: now,
  };
  const summary: EmailSummaryRow = {
    id: e.id,
    messageId: e.messageId,
    threadId,
    fromAddress: email.fromAddress,
    fromName: email.fromName ?? null,
    toAddresses: parsed.to,
    subject: parsed.subject,
    receivedAt: e.receivedAt,
    sentAt: parsed.sentAt,
    type: c.type,
    priority: c.priority,
    language: c.language,
    isOem: c.isOem,
    ruleId: email.ruleId ?? null,
    slaDueAt: e.slaDueAt,
    autoHandled: false,
    autoHandledBy: null,
    bounceFor: email.bounceFor ?? null,
    bouncedAddress: email.bouncedAddress ?? null,
    customer: c.customer ? { id: c.customer.id, name: c.customer.name } : null,
    businessUnit: { key: route.unit.key, name: route.unit.name, email: route.unit.email },
    task: { id: e.taskId, status: 'OPEN', slaDueAt: e.slaDueAt, firstResponseAt: null, closedAt: null, escalationLevel: 0, assignee: null },
    outbox: reply ? [{ template: reply.template, status: 'PENDING' }] : [],
    _count: { attachments: parsed.attachments.length },
  };
  return {
    email,
    summary,
    source: { emailId: e.id, raw: bytes(e.raw) } satisfies Prisma.EmailSourceCreateManyInput,
    attachments: parsed.attachments.map((a) => ({ id: randomUUID(), emailId: e.id, ...a, content: bytes(a.content), createdAt: now }) satisfies Prisma.AttachmentCreateManyInput),
    task: { id: e.taskId, emailId: e.id, businessUnitId: route.unit.id, priority: c.priority, slaDueAt: e.slaDueAt, createdAt: now, updatedAt: now } satisfies Prisma.TaskCreateManyInput,
    outbox:
      reply && replyId
        ? ({
            id: randomUUID(),
            kind: 'auto_reply',
            template: reply.template,
            messageId: replyId,
            fromAddress: reply.from,
            toAddress: reply.to,
            subject: reply.subject,
            text: reply.text,
            html: reply.html,
            headers: reply.headers,
            emailId: e.id,
            nextAttemptAt: now,
            createdAt: now,
          } satisfies Prisma.OutboxMessageCreateManyInput)
        : null,
    csat: reply && replyId ? ({ id: randomUUID(), token: reply.csatToken, emailId: e.id, businessUnitId: route.unit.id, customerEmail: reply.to, createdAt: now } satisfies Prisma.CsatResponseCreateManyInput) : null,
    activity: {
      id: randomUUID(),
      ...e.actor,
      action: 'email.received',
      entityType: 'email',
      entityId: e.id,
      after: { messageId: e.messageId, type: c.type, priority: c.priority, unit: route.unit.key, rule: route.rule?.key ?? null, autoReply: reply?.template ?? null },
      createdAt: now,
    } satisfies Prisma.ActivityCreateManyInput,
  };
}
