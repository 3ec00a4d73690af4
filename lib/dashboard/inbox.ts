// The inbox page: the email list of lib/email/queries.ts, plus full-text search with the same filters.
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { BadCursor, emailFilterWhere, emailListFields, emailSummaryRows, inDateOrder, listEmails, type EmailPage } from '@/lib/email/queries';
import { emailSummary } from '@/lib/email/views';
import { searchEmails, searchTerms, type SearchPosition } from './email-search';

export const INBOX_PAGE_SIZE = 50;
/**
 * Search reads the index in batches: the first just over a page (unfiltered, nearly every hit is kept), growing while
 * filters reject hits, up to SEARCH_BATCH (under SQLite's 999 parameters per statement: a batch's ids form one IN
 * list); it stops after SEARCH_SCAN_LIMIT candidates per page, however selective the filters.
 */
const SEARCH_BATCH = 400;
const SEARCH_SCAN_LIMIT = 4_000;

export const inboxQuery = inDateOrder(emailListFields.extend({ q: z.string().trim().max(200).optional() }));
export type InboxQuery = z.infer<typeof inboxQuery>;

/** URL search params → query; empty form fields mean "no filter", a "to" day includes that whole day. */
export function parseInboxParams(params: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' && v.trim() !== '' ? [[k, v]] : [])));
  if (/^\d{4}-\d{2}-\d{2}$/.test(flat.to ?? '')) flat.to = `${flat.to}T23:59:59.999Z`;
  return inboxQuery.safeParse({ ...flat, limit: INBOX_PAGE_SIZE });
}

const FILTER_LABELS: Record<string, string> = { type: 'Type', priority: 'Priority', unit: 'Unit', status: 'Status', sla: 'SLA', oem: 'OEM', assignee: 'Assigned', from: 'From', to: 'To', q: 'Search' };

/** What is wrong with the inbox's URL, in the filter form's words (the URL may come from an old link or by hand). */
export function inboxProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const label = FILTER_LABELS[key] ?? key;
    if (issue.code === 'invalid_value') return `${label}: not one of the choices.`;
    if (issue.code === 'invalid_type' && (key === 'from' || key === 'to')) return `${label}: not a date.`;
    return `${label} ${issue.message}.`;
  });
}

export async function listInbox(query: InboxQuery, now = new Date()): Promise<EmailPage> {
  const terms = searchTerms(query.q ?? '');
  if (!terms.length) {
    try {
      return await listEmails(query, now);
    } catch (error) {
      if (error instanceof BadCursor) return listEmails({ ...query, cursor: undefined }, now);
      throw error;
    }
  }
  const page = await searchPage(terms, emailFilterWhere(query, now), decodeCursor(query.cursor), query.limit);
  return { items: page.rows.map((r) => emailSummary(r, now)), nextCursor: page.next ? encodeCursor(page.next) : null };
}

/** Walks the search index newest first, keeping the hits that pass the filters, until a page is full. */
async function searchPage(terms: string[], where: Prisma.EmailWhereInput, after: SearchPosition | null, limit: number) {
  const ids: string[] = [];
  let position = after;
  let next: SearchPosition | null = null;
  let batch = Math.min(SEARCH_BATCH, limit + 1);
  scan: for (let scanned = 0; ; batch = Math.min(SEARCH_BATCH, batch * 4)) {
    const hits = await searchEmails(terms, position, batch);
    scanned += hits.length;
    const passing = await db.email.findMany({ where: { AND: [where, { id: { in: hits.map((h) => h.id) } }] }, select: { id: true } });
    const kept = new Set(passing.map((m) => m.id));
    for (const hit of hits) {
      if (kept.has(hit.id) && ids.length === limit) {
        next = position;
        break scan;
      }
      if (kept.has(hit.id)) ids.push(hit.id);
      position = hit.position;
    }
    if (hits.length < batch) break;
    if (scanned >= SEARCH_SCAN_LIMIT) {
      next = position;
      break;
    }
  }
  // The index walks in stored order; a page reads newest first, as the inbox says.
  const rows = (await emailSummaryRows(ids)).sort((a, b) => +b.receivedAt - +a.receivedAt || (a.id < b.id ? 1 : -1));
  return { rows, next };
}

const cursorSchema = z.union([z.object({ pos: z.number().int() }), z.object({ receivedAt: z.string().datetime(), id: z.string().min(1) })]);

const encodeCursor = (p: SearchPosition) => Buffer.from(JSON.stringify(p)).toString('base64url');

/** An unreadable cursor starts from the top rather than failing the page. */
function decodeCursor(cursor: string | undefined): SearchPosition | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
