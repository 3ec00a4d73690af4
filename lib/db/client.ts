// Builds a Prisma client for a URL; kept apart from lib/db.ts so scripts and tests can make their own.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgres/client';
import { cacheStatements } from './statement-cache';
import { escapeLikeWithBackslash } from './sqlite-like';
import { checkpointInBackground } from './wal-checkpoint';

export type Db = SqliteClient;

export const isPostgresUrl = (url: string) => /^postgres(ql)?:/.test(url);

/** Whether the app's own database (DATABASE_URL, the one lib/db.ts connects to) is Postgres. */
export const onPostgres = () => isPostgresUrl(process.env.DATABASE_URL ?? '');

export function createPrismaClient(url: string): Db {
  if (isPostgresUrl(url)) {
    // Same models, same API: the Postgres client is typed as the SQLite one so callers see one client.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const file = url.replace(/^file:/, '');
  const abs = file === ':memory:' || path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ process.cwd(), file);
  if (abs !== ':memory:') enableWal(abs);
  return new SqliteClient({ adapter: new TunedSqlite({ url: abs, timeout: 10_000 }) });
}

/** WAL lets dashboards read while the pipeline writes; the mode is stored in the file, so setting it once is enough.
 *  On a fresh clone the folder (data/) does not exist yet: SQLite creates the file, not its folder. */
function enableWal(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file, { timeout: 10_000 });
  try {
    if (conn.pragma('journal_mode', { simple: true }) !== 'wal') conn.pragma('journal_mode = WAL');
  } finally {
    conn.close();
  }
}

/** Under WAL, synchronous=NORMAL is what SQLite recommends: still consistent after a crash or power loss (the last
 *  commits may be lost on power loss, never on a process crash), without an fsync on every commit. Per connection.
 *  LIKE escapes with a backslash as on Postgres (sqlite-like.ts); compiled statements are reused (statement-cache.ts);
 *  a worker thread checkpoints the WAL instead of the commits (wal-checkpoint.ts). */
class TunedSqlite extends PrismaBetterSqlite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript('PRAGMA synchronous = NORMAL');
    const client = (adapter as unknown as { client: Database.Database }).client;
    escapeLikeWithBackslash(client);
    cacheStatements(client);
    if (!client.memory) checkpointInBackground(client);
    return adapter;
  }
}
