// Query filters whose spelling differs by database.
import type { Prisma } from '@/lib/generated/sqlite/client';
import { isPostgresUrl } from './client';

/** A case-insensitive "contains": SQLite's LIKE already ignores ASCII case, Postgres needs mode 'insensitive'. */
export function containsText(q: string): Prisma.StringFilter {
  return (isPostgresUrl(process.env.DATABASE_URL ?? '') ? { contains: q, mode: 'insensitive' } : { contains: q }) as Prisma.StringFilter;
}
