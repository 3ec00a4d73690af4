// SQLite copies the WAL back into the database file (a checkpoint, with an fsync) inside whichever COMMIT crosses
// 1,000 pages, so every few hundred writes one request or pipeline batch waited several milliseconds for it. The app's
// connections never checkpoint; a worker thread per database file does it in the background.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How often the worker looks for new pages in the WAL. */
const EVERY_MS = 200;
/** SQLite's own default, for a connection left without its checkpointer. */
const SQLITE_AUTOCHECKPOINT = 1_000;
/** After a checkpoint the WAL is written from its start again; this bounds the file left behind by a burst. */
const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

const checkpointers = new Map<string, Worker>();
const connections = new Map<string, Set<Database.Database>>();

/** Hands the checkpoints of `conn`'s database file to the file's worker, started on first use. */
export function checkpointInBackground(conn: Database.Database) {
  const file = conn.name;
  conn.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  conn.pragma('wal_autocheckpoint = 0');
  const open = connections.get(file) ?? new Set();
  for (const c of open) if (!c.open) open.delete(c);
  connections.set(file, open.add(conn));
  if (checkpointers.has(file)) return;
  // From the working directory, not import.meta.url: Next's server bundle moves this module, not the worker file.
  const worker = new Worker(path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/db/wal-checkpointer.mjs'), { workerData: { file, everyMs: EVERY_MS } });
  worker.unref(); // a script exits when its work is done; closing the last connection checkpoints anyway
  worker.on('error', (error) => {
    console.error(`database: the WAL checkpointer for ${file} stopped; commits checkpoint again`, error);
    checkpointers.delete(file);
    for (const c of connections.get(file) ?? []) if (c.open) c.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT}`);
  });
  checkpointers.set(file, worker);
}
