// Reads of stored email for the API and the staff pages: the filtered, cursor-paginated list, one email in full,
// an attachment to download, the raw source for admins.
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { EmailType, Priority, TaskStatus, type OutboxStatus } from '@/lib/generated/sqlite/enums';
import { AT_RISK_MINUTES, SLA_STATES, slaStateChangesAt, type SlaState } from './sla';
import { emailDetail, emailDetailSelect, emailSummary, type EmailDetail, type EmailSummary, type EmailSummaryRow } from './views';

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

const listDate = z.coerce.date({ error: 'is not a date; use YYYY-MM-DD or an ISO 8601 time' });
const LIMIT = 'must be a whole number from 1 to 100';

export const emailListFields = z.object({
  type: z.preprocess(upper, z.enum(Object.values(EmailType))).optional(),
  priority: z.preprocess(upper, z.enum(Object.values(Priority))).optional(),
  unit: z.string().trim().min(1).max(50).optional(),
  status: z.preprocess(upper, z.enum(Object.values(TaskStatus))).optional(),
  sla: z.enum(SLA_STATES).optional(),
  oem: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** A user's id, `unassigned`, or `me` for the signed-in caller (see forCaller). */
  assignee: z.string().trim().min(1).max(100).optional(),
  from: listDate.optional(),
  to: listDate.optional(),
  limit: z.coerce
    .number({ error: LIMIT })
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 100, LIMIT)
    .default(50),
  cursor: z.string().max(200).optional(),
});

const UNASSIGNED = 'unassigned';

/** `assignee=me` is the caller's own queue; only a signed-in person has one. Null when the caller has no user id. */
export function forCaller<Q extends { assignee?: string }>(q: Q, userId: string | null): Q | null {
  if (q.assignee !== 'me') return q;
  return userId ? { ...q, assignee: userId } : null;
}

/** A period that ends before it starts is a slip to point out (400 naming `to`), not an empty list. */
export const inDateOrder = <S extends z.ZodType<{ from?: Date; to?: Date }>>(schema: S) =>
  schema.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before the from date' });

export const emailListQuery = inDateOrder(emailListFields);

export type EmailListQuery = z.infer<typeof emailListQuery>;
export type EmailPage = { items: EmailSummary[]; nextCursor: string | null };

/** Thrown for a cursor we did not issue. */
export class BadCursor extends Error {}

type Cursor = { at: Date; id: string };

const encodeCursor = (c: Cursor) => Buffer.from(`${c.at.toISOString()}|${c.id}`).toString('base64url');

function decodeCursor(value: string): Cursor {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  if (!id || isNaN(date.getTime())) throw new BadCursor('The cursor is not one this API issued.');
  return { at: date, id };
}

/** Tasks in an SLA state at `now` (see slaState in sla.ts for the same rule on one task). */
export function slaWhere(state: SlaState, now: Date): Prisma.TaskWhereInput {
  const due = db.task.fields.slaDueAt;
  const atRiskFrom = new Date(now.getTime() + AT_RISK_MINUTES * 60_000);
  const unanswered = { firstResponseAt: null, closedAt: null };
  if (state === 'breached') {
    return {
      OR: [
        { firstResponseAt: { gt: due } },
        { firstResponseAt: null, closedAt: { gt: due } },
        { ...unanswered, slaDueAt: { lt: now } },
      ],
    };
  }
  if (state === 'at_risk') return { ...unanswered, slaDueAt: { gte: now, lte: atRiskFrom } };
  return { OR: [slaKeptWhere(), { ...unanswered, slaDueAt: { gt: atRiskFrom } }] };
}

/** Tasks answered (or closed) by their due time: slaOutcome 'kept'. */
export function slaKeptWhere(): Prisma.TaskWhereInput {
  const due = db.task.fields.slaDueAt;
  return { OR: [{ firstResponseAt: { lte: due } }, { firstResponseAt: null, closedAt: { lte: due } }] };
}

/** The list filters (type, priority, unit, OEM, dates, task status, SLA state) without paging; the inbox search reuses them. */
export function emailFilterWhere(q: EmailListQuery, now: Date): Prisma.EmailWhereInput {
  const task: Prisma.TaskWhereInput[] = [];
  if (q.status) task.push({ status: q.status });
  if (q.sla) task.push(slaWhere(q.sla, now));
  if (q.assignee) task.push({ assigneeId: q.assignee === UNASSIGNED ? null : q.assignee });
  const and: Prisma.EmailWhereInput[] = [];
  if (q.type) and.push({ type: q.type });
  if (q.priority) and.push({ priority: q.priority });
  if (q.unit) and.push({ businessUnit: { key: q.unit } });
  if (q.oem !== undefined) and.push({ isOem: q.oem });
  if (q.from) and.push({ receivedAt: { gte: q.from } });
  if (q.to) and.push({ receivedAt: { lte: q.to } });
  if (task.length) and.push({ task: { is: { AND: task } } });
  return { direction: 'INBOUND', AND: and };
}

function listWhere(q: EmailListQuery, now: Date): Prisma.EmailWhereInput {
  if (!q.cursor) return emailFilterWhere(q, now);
  const c = decodeCursor(q.cursor);
  return { AND: [emailFilterWhere(q, now), { OR: [{ receivedAt: { lt: c.at } }, { receivedAt: c.at, id: { lt: c.id } }] }] };
}

/** Newest first (receivedAt, then id, both descending); `nextCursor` continues after the last item. */
export async function listEmails(q: EmailListQuery, now: Date = new Date()): Promise<EmailPage> {
  return (await listEmailsUntil(q, now)).page;
}

/** The page, and until when it stays true if nothing is written: the first moment an SLA state on it changes. */
export async function listEmailsUntil(q: EmailListQuery, now: Date): Promise<{ page: EmailPage; validUntil: number }> {
  const rows = await db.email.findMany({
    where: listWhere(q, now),
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: { id: true, receivedAt: true },
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const summaries = await emailSummaryRows(page.map((r) => r.id));
  return {
    page: { items: summaries.map((r) => emailSummary(r, now)), nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null },
    validUntil: Math.min(...summaries.map((r) => (r.task ? slaStateChangesAt(r.task, now) : Infinity))),
  };
}

type SummaryColumns = {
  id: string;
  messageId: string;
  threadId: string;
  fromAddress: string;
  fromName: string | null;
  toAddresses: unknown;
  subject: string;
  receivedAt: Date | string;
  sentAt: Date | string | null;
  type: EmailType;
  priority: Priority;
  language: string;
  isOem: boolean | number | bigint;
  ruleId: string | null;
  slaDueAt: Date | string | null;
  autoHandled: boolean | number | bigint;
  autoHandledBy: string | null;
  bounceFor: string | null;
  bouncedAddress: string | null;
  customerId: string | null;
  customerName: string | null;
  unitKey: string | null;
  unitName: string | null;
  unitEmail: string | null;
  taskId: string | null;
  taskStatus: TaskStatus | null;
  taskSlaDueAt: Date | string | null;
  taskFirstResponseAt: Date | string | null;
  taskClosedAt: Date | string | null;
  taskEscalationLevel: number | bigint | null;
  assigneeId: string | null;
  assigneeName: string | null;
  replyTemplate: string | null;
  replyStatus: OutboxStatus | null;
  attachmentCount: number | bigint;
};

// Raw columns differ by driver: SQLite may hand back ISO text, 0/1 and JSON text where Postgres gives Date, boolean, jsonb.
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const toDateOrNull = (v: Date | string | null) => (v === null ? null : toDate(v));
const toBool = (v: boolean | number | bigint) => v === true || Number(v) === 1;
const toJson = (v: unknown): Prisma.JsonValue => (typeof v === 'string' ? (JSON.parse(v) as Prisma.JsonValue) : (v as Prisma.JsonValue));

/**
 * The summary rows of these emails, in the order given: one joined query instead of the six a nested Prisma select
 * issues (the list pages read it on every request, so it is kept to one round trip).
 */
export async function emailSummaryRows(ids: string[]): Promise<EmailSummaryRow[]> {
  if (!ids.length) return [];
  const found = await db.$queryRaw<SummaryColumns[]>`
    SELECT e."id", e."messageId", e."threadId", e."fromAddress", e."fromName", e."toAddresses", e."subject", e."receivedAt", e."sentAt",
      e."type", e."priority", e."language", e."isOem", e."ruleId", e."slaDueAt", e."autoHandled", e."autoHandledBy", e."bounceFor", e."bouncedAddress",
      c."id" AS "customerId", c."name" AS "customerName", u."key" AS "unitKey", u."name" AS "unitName", u."email" AS "unitEmail",
      t."id" AS "taskId", t."status" AS "taskStatus", t."slaDueAt" AS "taskSlaDueAt", t."firstResponseAt" AS "taskFirstResponseAt",
      t."closedAt" AS "taskClosedAt", t."escalationLevel" AS "taskEscalationLevel", a."id" AS "assigneeId", a."name" AS "assigneeName",
      r."template" AS "replyTemplate", r."status" AS "replyStatus",
      (SELECT COUNT(*) FROM "Attachment" f WHERE f."emailId" = e."id") AS "attachmentCount"
    FROM "Email" e
    LEFT JOIN "Customer" c ON c."id" = e."customerId"
    LEFT JOIN "BusinessUnit" u ON u."id" = e."businessUnitId"
    LEFT JOIN "Task" t ON t."emailId" = e."id"
    LEFT JOIN "User" a ON a."id" = t."assigneeId"
    LEFT JOIN "OutboxMessage" r ON r."id" = (SELECT o."id" FROM "OutboxMessage" o WHERE o."emailId" = e."id" AND o."kind" = 'auto_reply' ORDER BY o."id" LIMIT 1)
    WHERE e."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [summaryRow(r)] : [];
  });
}

function summaryRow(r: SummaryColumns): EmailSummaryRow {
  return {
    id: r.id,
    messageId: r.messageId,
    threadId: r.threadId,
    fromAddress: r.fromAddress,
    fromName: r.fromName,
    toAddresses: toJson(r.toAddresses),
    subject: r.subject,
    receivedAt: toDate(r.receivedAt),
    sentAt: toDateOrNull(r.sentAt),
    type: r.type,
    priority: r.priority,
    language: r.language,
    isOem: toBool(r.isOem),
    ruleId: r.ruleId,
    slaDueAt: toDateOrNull(r.slaDueAt),
    autoHandled: toBool(r.autoHandled),
    autoHandledBy: r.autoHandledBy,
    bounceFor: r.bounceFor,
    bouncedAddress: r.bouncedAddress,
    customer: r.customerId && r.customerName !== null ? { id: r.customerId, name: r.customerName } : null,
    businessUnit: r.unitKey && r.unitName !== null && r.unitEmail !== null ? { key: r.unitKey, name: r.unitName, email: r.unitEmail } : null,
    task:
      r.taskId && r.taskStatus && r.taskSlaDueAt !== null
        ? {
            id: r.taskId,
            status: r.taskStatus,
            slaDueAt: toDate(r.taskSlaDueAt),
            firstResponseAt: toDateOrNull(r.taskFirstResponseAt),
            closedAt: toDateOrNull(r.taskClosedAt),
            escalationLevel: Number(r.taskEscalationLevel ?? 0),
            assignee: r.assigneeId && r.assigneeName !== null ? { id: r.assigneeId, name: r.assigneeName } : null,
          }
        : null,
    outbox: r.replyStatus ? [{ template: r.replyTemplate, status: r.replyStatus }] : [],
    _count: { attachments: Number(r.attachmentCount) },
  };
}

export async function emailDetailById(id: string, now: Date = new Date()): Promise<EmailDetail | null> {
  const row = await db.email.findUnique({ where: { id }, select: emailDetailSelect });
  return row ? emailDetail(row, now) : null;
}

/** The attachment's bytes and how to serve them; null when it does not belong to that email. */
export async function attachmentFile(emailId: string, attachmentId: string) {
  const row = await db.attachment.findFirst({ where: { id: attachmentId, emailId }, select: { filename: true, contentType: true, allowed: true, content: true } });
  return row ? { ...row, content: asBuffer(row.content) } : null;
}

/** The message exactly as it arrived (admins only). */
export async function emailSource(emailId: string): Promise<Buffer | null> {
  const row = await db.emailSource.findUnique({ where: { emailId }, select: { raw: true } });
  return row ? asBuffer(row.raw) : null;
}
