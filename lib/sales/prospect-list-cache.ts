// The API's prospect list, answered from memory while nothing it shows has changed: the counter
// "prospect_list.version" gets a new value inside every transaction that writes a prospect, a stage, or a user's
// name, email or role (migration prospect_list_version).
import type { Caller } from '@/lib/http/handler';
import { versionedCache } from '@/lib/db/versioned-cache';
import { listProspects } from './prospect-query';
import type { ProspectListQuery } from './schemas';

const pages = versionedCache('prospect_list.version');

/** The list page as UTF-8 JSON. Filters that depend on the clock (follow-up due) are computed every time. */
export async function listProspectsJson(caller: Caller, query: ProspectListQuery): Promise<Uint8Array<ArrayBuffer>> {
  // What a caller sees depends on who they are: people by id (role and "owner=me"), integrators see every prospect.
  const key = query.followUpDue ? null : JSON.stringify([caller.kind === 'user' ? caller.id : caller.kind, query]);
  return pages(key, async () => ({ value: await listProspects(caller, query) }));
}
