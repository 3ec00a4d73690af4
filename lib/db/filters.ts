// Query filters whose spelling differs by database.
import type { Prisma } from '@/lib/generated/sqlite/client';
import { onPostgres } from './client';

/** Search text taken literally: `%` and `_` are LIKE wildcards, `\` is the escape character (sqlite-like.ts). */
const literalLike = (q: string) => q.replace(/[\\%_]/g, '\\$&');

/** A case-insensitive "contains": SQLite's LIKE already ignores ASCII case, Postgres needs mode 'insensitive'. */
export function containsText(q: string): Prisma.StringFilter {
  const contains = literalLike(q);
  return (onPostgres() ? { contains, mode: 'insensitive' } : { contains }) as Prisma.StringFilter;
}
