// Full-text search over subject, sender and body: SQLite FTS5 table "EmailSearch" or the Postgres GIN index,
// both created by the email_search migrations. Returns candidate ids in newest-first order, a batch at a time;
// the inbox applies its filters on top.
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import { onPostgres } from '@/lib/db/client';

/** Words of the query: letters and digits, as both indexes split them. */
export function searchTerms(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** The last word matches as a prefix once it has three letters, so results follow typing. */
const PREFIX_FROM = 3;

/** FTS5 MATCH expression: every word must occur, each quoted so no word is read as an operator. */
export function ftsMatch(terms: string[]): string {
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 && t.length >= PREFIX_FROM ? '*' : ''}`).join(' ');
}

/** Postgres to_tsquery text for the same meaning. */
export function tsQuery(terms: string[]): string {
  return terms.map((t, i) => `${t}${i === terms.length - 1 && t.length >= PREFIX_FROM ? ':*' : ''}`).join(' & ');
}

/** Where to continue: the FTS rowid (SQLite) or the last email's (receivedAt, id) (Postgres). */
export type SearchPosition = { pos: number } | { receivedAt: string; id: string };
export type SearchHit = { id: string; position: SearchPosition };

// Must stay identical to the expression of the "Email_search_idx" index.
const PG_DOCUMENT = Prisma.raw(
  `to_tsvector('simple'::regconfig, regexp_replace("subject" || ' ' || coalesce("fromName", '') || ' ' || "fromAddress" || ' ' || left("text", 200000), '[^[:alnum:]]+', ' ', 'g'))`,
);

export async function searchEmails(terms: string[], after: SearchPosition | null, limit: number): Promise<SearchHit[]> {
  if (!terms.length) return [];
  if (onPostgres()) {
    const keyset =
      after && 'id' in after ? Prisma.sql`AND ("receivedAt" < ${new Date(after.receivedAt)} OR ("receivedAt" = ${new Date(after.receivedAt)} AND "id" < ${after.id}))` : Prisma.empty;
    const rows = await db.$queryRaw<{ id: string; receivedAt: Date }[]>`
      SELECT "id", "receivedAt" FROM "Email"
      WHERE ${PG_DOCUMENT} @@ to_tsquery('simple'::regconfig, ${tsQuery(terms)}) AND "direction" = 'INBOUND' ${keyset}
      ORDER BY "receivedAt" DESC, "id" DESC LIMIT ${limit}`;
    return rows.map((r) => ({ id: r.id, position: { receivedAt: r.receivedAt.toISOString(), id: r.id } }));
  }
  const keyset = after && 'pos' in after ? Prisma.sql`AND rowid < ${after.pos}` : Prisma.empty;
  const rows = await db.$queryRaw<{ pos: number | bigint; id: string }[]>`
    SELECT rowid AS "pos", "emailId" AS "id" FROM "EmailSearch"
    WHERE "EmailSearch" MATCH ${ftsMatch(terms)} ${keyset}
    ORDER BY rowid DESC LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, position: { pos: Number(r.pos) } }));
}
