// Reads of stored email for the API and the staff pages: the filtered, cursor-paginated list, one email in full,
// an attachment to download, the raw source for admins.
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { EmailType, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';
import { AT_RISK_MINUTES, SLA_STATES, type SlaState } from './sla';
import { emailDetail, emailDetailSelect, emailSummary, emailSummarySelect, type EmailDetail, type EmailSummary } from './views';

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

export const emailListQuery = z.object({
  type: z.preprocess(upper, z.enum(Object.values(EmailType))).optional(),
  priority: z.preprocess(upper, z.enum(Object.values(Priority))).optional(),
  unit: z.string().trim().min(1).max(50).optional(),
  status: z.preprocess(upper, z.enum(Object.values(TaskStatus))).optional(),
  sla: z.enum(SLA_STATES).optional(),
  oem: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

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
  return {
    OR: [
      { firstResponseAt: { lte: due } },
      { firstResponseAt: null, closedAt: { lte: due } },
      { ...unanswered, slaDueAt: { gt: atRiskFrom } },
    ],
  };
}

/** The list filters (type, priority, unit, OEM, dates, task status, SLA state) without paging; the inbox search reuses them. */
export function emailFilterWhere(q: EmailListQuery, now: Date): Prisma.EmailWhereInput {
  const task: Prisma.TaskWhereInput[] = [];
  if (q.status) task.push({ status: q.status });
  if (q.sla) task.push(slaWhere(q.sla, now));
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
  const rows = await db.email.findMany({
    where: listWhere(q, now),
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: emailSummarySelect,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map((r) => emailSummary(r, now)), nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null };
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
