// The API's prospect list, answered from memory while nothing it shows has changed. Database triggers give the
// counter "prospect_list.version" a new value inside every transaction that writes a prospect, a stage, or a user's
// name, email or role (migration prospect_list_version). Each request reads that version first and gets a stored
// page only if the page was computed at the same version, so it never sees data older than its own request.
import { db } from '@/lib/db';
import type { Caller } from '@/lib/http/handler';
import { listProspects } from './prospect-query';
import type { ProspectListQuery } from './schemas';

const VERSION_KEY = 'prospect_list.version';
const MAX_PAGES = 200;
type Body = Uint8Array<ArrayBuffer>;
/** Pages by caller and query; a page still being computed is shared by the requests that read the same version. */
const pages = new Map<string, { version: number; body: Promise<Body> }>();

/** The current version, from a read that starts after the call: requests arriving while one read is on its way share
 *  the next one, so 50 concurrent requests cost a read or two, and none is answered from a read older than itself. */
let nextRead: Promise<number | undefined> | null = null;
let lastRead: Promise<unknown> = Promise.resolve();
function currentVersion(): Promise<number | undefined> {
  nextRead ??= lastRead.then(() => {
    nextRead = null;
    const read = db.counter.findUnique({ where: { key: VERSION_KEY }, select: { value: true } }).then((c) => c?.value);
    lastRead = read.catch(() => undefined);
    return read;
  });
  return nextRead;
}

const encode = async (page: Promise<unknown>) => new TextEncoder().encode(JSON.stringify(await page));

/** The list page as UTF-8 JSON, kept encoded. Filters that depend on the clock (follow-up due) are computed every time. */
export async function listProspectsJson(caller: Caller, query: ProspectListQuery): Promise<Body> {
  if (query.followUpDue) return encode(listProspects(caller, query));
  // Read before the page: a page computed after this read is at least as new as the version it is stored under.
  const version = await currentVersion();
  // What a caller sees depends on who they are: people by id (role and "owner=me"), integrators see every prospect.
  const key = JSON.stringify([caller.kind === 'user' ? caller.id : caller.kind, query]);
  const stored = pages.get(key);
  if (stored && stored.version === version) {
    pages.delete(key); // most recently used goes last
    pages.set(key, stored);
    return stored.body;
  }
  const body = encode(listProspects(caller, query));
  if (version !== undefined) {
    const entry = { version, body };
    pages.set(key, entry);
    if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
    body.catch(() => pages.get(key) === entry && pages.delete(key)); // an error is answered, never kept
  }
  return body;
}
