// Query filters whose spelling differs by database.
import type { Prisma } from '@/lib/generated/sqlite/client';
import { onPostgres } from './client';

/** A case-insensitive "contains": SQLite's LIKE already ignores ASCII case, Postgres needs mode 'insensitive'. */
export function containsText(q: string): Prisma.StringFilter {
  return (onPostgres() ? { contains: q, mode: 'insensitive' } : { contains: q }) as Prisma.StringFilter;
}
