// SQLite's LIKE has no escape character unless the statement names one; Postgres' default is the backslash. Prisma
// writes its LIKE patterns without ESCAPE (prisma/orm#23611), so on SQLite a `%` or `_` in search text could never
// match literally. Naming Postgres' default in every Prisma LIKE makes `\%`, `\_` and `\\` mean the same on both.
import type Database from 'better-sqlite3';

/** Prisma's SQLite patterns: `LIKE ('%' || ? || '%')`, `LIKE (? || '%')`, `LIKE ('%' || ?)`. */
const PRISMA_LIKE = /( LIKE \((?:'%' \|\| )?\?(?: \|\| '%')?\))/g;

export const withLikeEscape = (sql: string) => sql.replace(PRISMA_LIKE, "$1 ESCAPE '\\'");

/** Makes `conn.prepare` add the escape clause; call before anything else wraps prepare. */
export function escapeLikeWithBackslash(conn: Database.Database) {
  const prepare = conn.prepare.bind(conn);
  conn.prepare = ((sql: string) => prepare(withLikeEscape(sql))) as typeof conn.prepare;
}
