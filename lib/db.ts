// The one Prisma client. The driver adapter follows DATABASE_URL: SQLite file by default, Postgres for postgres:// URLs.
import { createPrismaClient, type Db } from './db/client';

const globalForDb = globalThis as unknown as { hbDb?: Db };

export const db: Db = (globalForDb.hbDb ??= createPrismaClient(process.env.DATABASE_URL ?? 'file:./data/dev.db'));
export type { Db };
