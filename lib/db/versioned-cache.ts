// JSON answers kept in memory while nothing they show has changed. Database triggers give a counter (a row of
// "Counter") a new value inside every transaction that writes what the answers show (migrations *_version). Each
// request reads that version first and gets a kept answer only if it was computed at the same version and has not
// expired by the clock, so it never sees data older than its own request.
import { db } from '@/lib/db';

type Body = Uint8Array<ArrayBuffer>;
/** A computed answer and, if what it shows changes with time alone (an SLA falling due), the moment it stops being true. */
export type Computed = { value: unknown; validUntil?: number };
type Kept = { body: Body; validUntil: number };

export function versionedCache(versionKey: string, maxEntries = 200) {
  /** Answers by key; one still being computed is shared by the requests that read the same version. */
  const entries = new Map<string, { version: number; kept: Promise<Kept> }>();

  /** The current version, from a read that starts after the call: requests arriving while one read is on its way share
   *  the next one, so 50 concurrent requests cost a read or two, and none is answered from a read older than itself. */
  let nextRead: Promise<number | undefined> | null = null;
  let lastRead: Promise<unknown> = Promise.resolve();
  function currentVersion(): Promise<number | undefined> {
    nextRead ??= lastRead.then(() => {
      nextRead = null;
      const read = db.counter.findUnique({ where: { key: versionKey }, select: { value: true } }).then((c) => c?.value);
      lastRead = read.catch(() => undefined);
      return read;
    });
    return nextRead;
  }

  const keep = async (computed: Promise<Computed>): Promise<Kept> => {
    const { value, validUntil = Infinity } = await computed;
    return { body: new TextEncoder().encode(JSON.stringify(value)), validUntil };
  };

  /** The answer for `key` as UTF-8 JSON, computed by `compute` unless a kept one is still true at `now`. A null key is
   *  an answer never kept (one that depends on the clock in ways `validUntil` cannot say). */
  return async function read(key: string | null, compute: () => Promise<Computed>, now = Date.now()): Promise<Body> {
    if (key === null) return (await keep(compute())).body;
    // Read before computing: an answer computed after this read is at least as new as the version it is kept under.
    const version = await currentVersion();
    const stored = entries.get(key);
    if (stored && stored.version === version) {
      const kept = await stored.kept;
      if (now < kept.validUntil) {
        entries.delete(key); // most recently used goes last
        entries.set(key, stored);
        return kept.body;
      }
    }
    const kept = keep(compute());
    if (version !== undefined) {
      const entry = { version, kept };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      kept.catch(() => entries.get(key) === entry && entries.delete(key)); // an error is answered, never kept
    }
    return (await kept).body;
  };
}
