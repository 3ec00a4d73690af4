// Reading prospects: filters, field selection and cursor pagination, always within what the caller may see.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Caller } from '@/lib/http/handler';
import { badRequest } from '@/lib/http/problem';
import { visibleProspects } from './access';
import { PROSPECT_FIELDS, type ProspectField, type ProspectFilter, type ProspectListQuery, type ProspectSort } from './schemas';
import { containsText } from '@/lib/db/filters';

export const prospectRelations = {
  stage: { select: { id: true, key: true, name: true, isWon: true, isLost: true } },
  owner: { select: { id: true, name: true, email: true } },
} as const;

const fullSelect = {
  id: true,
  ...Object.fromEntries(PROSPECT_FIELDS.filter((f) => f !== 'stage' && f !== 'owner').map((f) => [f, true])),
  ...prospectRelations,
} as { id: true } & Record<Exclude<ProspectField, 'stage' | 'owner'>, true> & typeof prospectRelations;

export type ProspectView = Prisma.ProspectGetPayload<{ select: typeof fullSelect }>;

export function prospectSelect(fields?: readonly ProspectField[]): Prisma.ProspectSelect {
  if (!fields) return fullSelect;
  return { id: true, ...Object.fromEntries(fields.map((f) => [f, f === 'stage' || f === 'owner' ? prospectRelations[f] : true])) };
}

/** The filters as a where clause; search text and tags match literally (`%` and `_` are no wildcards). */
export function prospectWhere(caller: Caller, f: ProspectFilter, now = new Date()): Prisma.ProspectWhereInput {
  const and: Prisma.ProspectWhereInput[] = [visibleProspects(caller)];
  if (f.stage) and.push({ stage: { key: f.stage } });
  if (f.owner) and.push({ ownerId: f.owner === 'me' && caller.kind === 'user' ? caller.id : f.owner });
  if (f.status) and.push({ status: f.status });
  if (f.tag) and.push({ tagKey: containsText(`,${f.tag},`) });
  if (f.minValue !== undefined) and.push({ valueCents: { gte: f.minValue } });
  if (f.maxValue !== undefined) and.push({ valueCents: { lte: f.maxValue } });
  if (f.followUpDue) and.push({ nextFollowUpAt: { lte: now }, stage: { isWon: false, isLost: false } });
  if (f.q) and.push({ OR: [{ company: containsText(f.q) }, { contactName: containsText(f.q) }, { email: containsText(f.q) }] });
  return and.length === 1 ? and[0] : { AND: and };
}

type CursorValue = string | number;

function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as CursorValue);
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: ProspectSort): [CursorValue | Date, string] {
  try {
    const [v, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [CursorValue, string];
    if (typeof id !== 'string') throw new Error('no id');
    if (sort === 'valueCents') return [Number(v), id];
    if (sort === 'company') return [String(v), id];
    const date = new Date(String(v));
    if (Number.isNaN(date.getTime())) throw new Error('bad date');
    return [date, id];
  } catch {
    throw badRequest('The cursor is not one this API handed out.', { errors: [{ field: 'query.cursor', message: 'is invalid' }] });
  }
}

/** Keyset pagination on (sort, id): stable under inserts and cheap at any depth. */
function afterCursor(sort: ProspectSort, order: 'asc' | 'desc', cursor: string): Prisma.ProspectWhereInput {
  const [value, id] = decodeCursor(cursor, sort);
  const beyond = order === 'desc' ? 'lt' : 'gt';
  return { OR: [{ [sort]: { [beyond]: value } }, { [sort]: value, id: { [beyond]: id } }] };
}

async function findPage(caller: Caller, query: Omit<ProspectListQuery, 'fields'>, select: Prisma.ProspectSelect) {
  const where = prospectWhere(caller, query);
  const rows = (await db.prospect.findMany({
    where: query.cursor ? { AND: [where, afterCursor(query.sort, query.order, query.cursor)] } : where,
    select: { ...select, [query.sort]: true },
    orderBy: [{ [query.sort]: query.order }, { id: query.order }],
    take: query.limit + 1,
  })) as ({ id: string } & Record<string, unknown>)[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > query.limit && last ? encodeCursor(last[query.sort], last.id) : null };
}

/** The API's list: only the requested fields (plus id). */
export async function listProspects(caller: Caller, query: ProspectListQuery) {
  const { page, nextCursor } = await findPage(caller, query, prospectSelect(query.fields));
  const fields = query.fields;
  const data = fields && !fields.includes(query.sort) ? page.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== query.sort))) : page;
  return { data, nextCursor };
}

export type ProspectRow = Omit<ProspectView, 'tags' | 'nextFollowUpAt' | 'lastContactAt' | 'stageChangedAt' | 'createdAt' | 'updatedAt'> & {
  tags: string[];
  nextFollowUpAt: string | null;
  lastContactAt: string | null;
  stageChangedAt: string;
  createdAt: string;
  updatedAt: string;
};

/** A prospect as client components receive it: dates as ISO strings, tags as a list. */
export function toProspectRow(p: ProspectView): ProspectRow {
  return {
    ...p,
    tags: p.tags as string[],
    nextFollowUpAt: p.nextFollowUpAt?.toISOString() ?? null,
    lastContactAt: p.lastContactAt?.toISOString() ?? null,
    stageChangedAt: p.stageChangedAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The table view's page of full prospects. */
export async function listProspectRows(caller: Caller, query: Omit<ProspectListQuery, 'fields'>) {
  const { page, nextCursor } = await findPage(caller, query, fullSelect);
  return { rows: (page as unknown as ProspectView[]).map(toProspectRow), nextCursor };
}

/** One prospect the caller may see, or null (so another rep's prospect reads as "not found"). */
export function findVisibleProspect(caller: Caller, id: string) {
  return db.prospect.findFirst({ where: { AND: [{ id }, visibleProspects(caller)] }, select: fullSelect });
}
