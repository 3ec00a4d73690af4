// The worker side of wal-checkpoint.ts: copies committed pages from the WAL into the database file, on its own
// connection and thread. Plain JavaScript because worker threads load it straight from disk, under `next start` as
// under tsx and vitest.
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, everyMs } = workerData;
const conn = new Database(file, { timeout: 1_000 });

// PASSIVE never waits for or blocks readers and writers: what a reader still needs is left for the next round.
// It returns at once when the WAL holds nothing new.
setInterval(() => {
  try {
    conn.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // SQLITE_BUSY while a migration holds the file: the next round tries again.
    if (error?.code !== 'SQLITE_BUSY') throw error;
  }
}, everyMs);
