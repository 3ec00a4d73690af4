// Filters as they appear in page URLs (euros, "due=1") ↔ the API's filter (cents, followUpDue).
import { eurosToCents } from '@/lib/sales/money';
import { prospectFilterSchema, type ProspectFilter } from '@/lib/sales/schemas';

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const cents = (eur: string | undefined) => {
  const value = eur ? eurosToCents(eur) : null;
  return value === null ? undefined : String(value);
};

/** Reads the page's filters; anything not understood is dropped and reported. */
export function filterFromSearch(sp: SearchParams): { filter: ProspectFilter; ignored: boolean } {
  const raw = {
    owner: first(sp.owner),
    stage: first(sp.stage),
    status: first(sp.status),
    tag: first(sp.tag)?.toLowerCase(),
    minValue: cents(first(sp.minEur)),
    maxValue: cents(first(sp.maxEur)),
    followUpDue: first(sp.due) ? 'true' : undefined,
    q: first(sp.q),
  };
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = prospectFilterSchema.safeParse(present);
  const ignored = (!!first(sp.minEur) && !raw.minValue) || (!!first(sp.maxEur) && !raw.maxValue) || !parsed.success;
  return { filter: parsed.success ? parsed.data : {}, ignored };
}

/** The same filter as page URL parameters. */
export function searchFromFilter(f: ProspectFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.owner) p.set('owner', f.owner);
  if (f.stage) p.set('stage', f.stage);
  if (f.status) p.set('status', f.status);
  if (f.tag) p.set('tag', f.tag);
  if (f.minValue !== undefined) p.set('minEur', String(f.minValue / 100));
  if (f.maxValue !== undefined) p.set('maxEur', String(f.maxValue / 100));
  if (f.followUpDue) p.set('due', '1');
  if (f.q) p.set('q', f.q);
  return p;
}

/** The same filter as API query parameters (CSV export). */
export function apiQueryFromFilter(f: ProspectFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== false) p.set(k, String(v));
  return p;
}
