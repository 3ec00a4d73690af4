// The rows one prepared email becomes (Email, EmailSource, Attachments, Task, OutboxMessage, Activity)
// and the statements that write a batch of them, threads included, inside one transaction.
import { v7 as uuidv7 } from 'uuid';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { bind, insertRows, type ColumnSpec } from './bulk-insert';
import type { PreparedEmail } from './prepare';
import type { EmailSummaryRow } from './views';

export type ThreadPlan = { create: boolean; subject: string; subjectKey: string; participantsKey: string; count: number; lastMessageAt: Date };

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
const ACTIVITY_COLUMNS: ColumnSpec<Prisma.ActivityCreateManyInput> = { id: null, actorType: null, actorId: null, actorName: null, action: null, entityType: null, entityId: null, after: 'jsonb', createdAt: ts };

/** `replyId` null: no courtesy reply for this email (blocked, or the day's one was sent). */
export function emailRows(e: PreparedEmail, threadId: string, replyId: string | null, now: Date) {
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
    attachments: parsed.attachments.map((a) => ({ id: uuidv7(), emailId: e.id, ...a, content: bytes(a.content), createdAt: now }) satisfies Prisma.AttachmentCreateManyInput),
    task: { id: e.taskId, emailId: e.id, businessUnitId: route.unit.id, priority: c.priority, slaDueAt: e.slaDueAt, createdAt: now, updatedAt: now } satisfies Prisma.TaskCreateManyInput,
    outbox:
      reply && replyId
        ? ({
            id: uuidv7(),
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
    activity: {
      id: uuidv7(),
      ...e.actor,
      action: 'email.received',
      entityType: 'email',
      entityId: e.id,
      after: { messageId: e.messageId, type: c.type, priority: c.priority, unit: route.unit.key, rule: route.rule?.key ?? null, autoReply: reply?.template ?? null },
      createdAt: now,
    } satisfies Prisma.ActivityCreateManyInput,
  };
}

export type EmailRows = ReturnType<typeof emailRows>;

/** Threads that got messages, in one statement (SQLite and Postgres both name the columns of VALUES column1, column2, …). */
function growThreads(grown: [string, ThreadPlan][]) {
  const values = grown.map(([id, t]) => Prisma.sql`(${id}, ${bind(t.count, 'integer')}, ${bind(t.lastMessageAt, ts)})`);
  return db.$executeRaw`UPDATE "Thread" SET "messageCount" = "Thread"."messageCount" + v.column2, "lastMessageAt" = v.column3
    FROM (VALUES ${Prisma.join(values)}) AS v WHERE "Thread"."id" = v.column1`;
}

/** The statements for one transaction: new threads, counts of threads that grew, and every row of every email. */
export function batchWrites(threads: ReadonlyMap<string, ThreadPlan>, rows: readonly EmailRows[], now: Date): Prisma.PrismaPromise<unknown>[] {
  const writes: Prisma.PrismaPromise<unknown>[] = [];
  const created = [...threads].filter(([, t]) => t.create);
  writes.push(
    ...insertRows(
      'Thread',
      THREAD_COLUMNS,
      created.map(([id, t]) => ({ id, subject: t.subject, subjectKey: t.subjectKey, participantsKey: t.participantsKey, messageCount: t.count, lastMessageAt: t.lastMessageAt, createdAt: now })),
    ),
  );
  const grown = [...threads].filter(([, t]) => !t.create);
  if (grown.length) writes.push(growThreads(grown));
  writes.push(
    ...insertRows('Email', EMAIL_COLUMNS, rows.map((r) => r.email)),
    ...insertRows('EmailSource', SOURCE_COLUMNS, rows.map((r) => r.source)),
    ...insertRows('Attachment', ATTACHMENT_COLUMNS, rows.flatMap((r) => r.attachments)),
    ...insertRows('Task', TASK_COLUMNS, rows.map((r) => r.task)),
    ...insertRows('OutboxMessage', OUTBOX_COLUMNS, rows.flatMap((r) => (r.outbox ? [r.outbox] : []))),
    ...insertRows('Activity', ACTIVITY_COLUMNS, rows.map((r) => r.activity)),
  );
  return writes;
}
