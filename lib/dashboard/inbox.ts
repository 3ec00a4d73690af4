// The inbox: inbound emails, newest first, with filters, full-text search and cursor pagination.
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { EmailType, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';
import { searchEmails, searchTerms, type SearchPosition } from './email-search';
import { openSlaWhere, slaState, SLA_STATES_OPEN, type SlaState } from './sla';

export const INBOX_PAGE_SIZE = 50;
/** Search reads the index in batches and stops after this many candidates per page, however selective the filters. */
const SEARCH_BATCH = 200;
const SEARCH_SCAN_LIMIT = 4_000;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const inboxQuery = z.object({
  q: optional(z.string().max(200)),
  type: optional(z.enum(Object.values(EmailType) as [EmailType, ...EmailType[]])),
  priority: optional(z.enum(Object.values(Priority) as [Priority, ...Priority[]])),
  unit: optional(z.string().regex(/^[a-z0-9_]+$/)),
  status: optional(z.enum(Object.values(TaskStatus) as [TaskStatus, ...TaskStatus[]])),
  sla: optional(z.enum(SLA_STATES_OPEN)),
  oem: optional(z.enum(['yes', 'no'])),
  from: optional(day),
  to: optional(day),
  cursor: optional(z.string().max(200)),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

const rowSelect = {
  id: true,
  subject: true,
  fromAddress: true,
  fromName: true,
  receivedAt: true,
  type: true,
  priority: true,
  isOem: true,
  language: true,
  autoHandled: true,
  businessUnit: { select: { key: true, name: true } },
  task: { select: { id: true, status: true, slaDueAt: true, firstResponseAt: true, closedAt: true, assignee: { select: { name: true } } } },
  _count: { select: { attachments: true } },
} satisfies Prisma.EmailSelect;

type Row = Prisma.EmailGetPayload<{ select: typeof rowSelect }>;

export type InboxRow = {
  id: string;
  subject: string;
  from: string;
  fromAddress: string;
  receivedAt: string;
  type: EmailType;
  priority: Priority;
  isOem: boolean;
  language: string;
  autoHandled: boolean;
  unit: { key: string; name: string } | null;
  attachments: number;
  task: { id: string; status: TaskStatus; slaDueAt: string; assignee: string | null; sla: SlaState } | null;
};

export type InboxPage = { rows: InboxRow[]; nextCursor: string | null };

export async function listInbox(query: InboxQuery, now = new Date()): Promise<InboxPage> {
  const where = inboxWhere(query, now);
  const after = decodeCursor(query.cursor);
  const terms = searchTerms(query.q ?? '');
  const page = terms.length ? await searchPage(terms, where, after) : await latestPage(where, after);
  return { rows: page.rows.map((r) => toRow(r, now)), nextCursor: page.next ? encodeCursor(page.next) : null };
}

function inboxWhere(q: InboxQuery, now: Date): Prisma.EmailWhereInput {
  const task: Prisma.TaskWhereInput[] = [...(q.status ? [{ status: q.status }] : []), ...(q.sla ? [openSlaWhere(q.sla, now)] : [])];
  return {
    direction: 'INBOUND',
    ...(q.type && { type: q.type }),
    ...(q.priority && { priority: q.priority }),
    ...(q.unit && { businessUnit: { key: q.unit } }),
    ...(q.oem && { isOem: q.oem === 'yes' }),
    ...((q.from || q.to) && {
      receivedAt: {
        ...(q.from && { gte: new Date(`${q.from}T00:00:00Z`) }),
        ...(q.to && { lt: new Date(+new Date(`${q.to}T00:00:00Z`) + 86_400_000) }),
      },
    }),
    ...(task.length && { task: { AND: task } }),
  };
}

async function latestPage(where: Prisma.EmailWhereInput, after: SearchPosition | null) {
  const keyset: Prisma.EmailWhereInput | null =
    after && 'id' in after
      ? { OR: [{ receivedAt: { lt: new Date(after.receivedAt) } }, { receivedAt: new Date(after.receivedAt), id: { lt: after.id } }] }
      : null;
  const rows = await db.email.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: INBOX_PAGE_SIZE + 1,
    select: rowSelect,
  });
  const more = rows.length > INBOX_PAGE_SIZE;
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: more && last ? { receivedAt: last.receivedAt.toISOString(), id: last.id } : null };
}

/** Walks the search index newest first, keeping the hits that pass the filters, until a page is full. */
async function searchPage(terms: string[], where: Prisma.EmailWhereInput, after: SearchPosition | null) {
  const rows: Row[] = [];
  let position = after;
  for (let scanned = 0; scanned < SEARCH_SCAN_LIMIT; ) {
    const hits = await searchEmails(terms, position, SEARCH_BATCH);
    scanned += hits.length;
    const matches = await db.email.findMany({ where: { AND: [where, { id: { in: hits.map((h) => h.id) } }] }, select: rowSelect });
    const byId = new Map(matches.map((m) => [m.id, m]));
    for (const hit of hits) {
      const row = byId.get(hit.id);
      if (row && rows.length === INBOX_PAGE_SIZE) return { rows, next: position };
      if (row) rows.push(row);
      position = hit.position;
    }
    if (hits.length < SEARCH_BATCH) return { rows, next: null };
  }
  return { rows, next: position };
}

function toRow(r: Row, now: Date): InboxRow {
  return {
    id: r.id,
    subject: r.subject,
    from: r.fromName ? `${r.fromName} <${r.fromAddress}>` : r.fromAddress,
    fromAddress: r.fromAddress,
    receivedAt: r.receivedAt.toISOString(),
    type: r.type,
    priority: r.priority,
    isOem: r.isOem,
    language: r.language,
    autoHandled: r.autoHandled,
    unit: r.businessUnit,
    attachments: r._count.attachments,
    task: r.task && { id: r.task.id, status: r.task.status, slaDueAt: r.task.slaDueAt.toISOString(), assignee: r.task.assignee?.name ?? null, sla: slaState(r.task, now) },
  };
}

const cursorSchema = z.union([z.object({ pos: z.number().int() }), z.object({ receivedAt: z.string().datetime(), id: z.string().min(1) })]);

export const encodeCursor = (p: SearchPosition) => Buffer.from(JSON.stringify(p)).toString('base64url');

/** An unreadable cursor starts from the top rather than failing the page. */
export function decodeCursor(cursor: string | undefined): SearchPosition | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
