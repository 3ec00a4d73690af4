// Filters as they appear in page URLs (euros, "due=1") ↔ the API's filter (cents, followUpDue).
import { z } from 'zod';
import { parseNamingProblems } from '@/lib/http/url-params';
import { eurosToCents } from '@/lib/sales/money';
import { prospectFilterSchema, prospectSortSchema, unknownOwner, unknownStage, type ProspectFilter } from '@/lib/sales/schemas';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The filters in the form's words: problems are named as a person sees them. */
export const FILTER_LABEL: Record<keyof ProspectFilter, string> = {
  q: 'Search',
  owner: 'Owner',
  stage: 'Stage',
  status: 'Status',
  tag: 'Tag',
  minValue: 'Min value €',
  maxValue: 'Max value €',
  followUpDue: 'Follow-up due',
};

/** The text boxes as typed, shown again even when not used, so the person can correct what a message names. */
export type TypedFilter = Partial<Record<'q' | 'tag' | 'minEur' | 'maxEur', string>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
/** Euros as typed → cents; what is not an amount goes on as typed, so the schema names it. */
const cents = (eur: string | undefined) => {
  const value = eur ? eurosToCents(eur) : null;
  return value === null ? eur : String(value);
};

/** The owner a page URL asks for, to look up the `users` that filterFromSearch checks it against. */
export const ownerParam = (sp: SearchParams) => first(sp.owner);

/**
 * Reads the page's filters with the API's schema, stage and owner rules (pass `stages` where the stage filter
 * applies, `users` found for ownerParam where the owner filter does). A filter that breaks a rule is dropped and
 * named in `problems`, e.g. "Stage: no stage is called “bogus”".
 */
export function filterFromSearch(
  sp: SearchParams,
  known: { stages?: readonly { key: string }[]; users?: readonly { id: string }[] } = {},
): { filter: ProspectFilter; problems: string[]; typed: TypedFilter } {
  const typed = { q: first(sp.q), tag: first(sp.tag), minEur: first(sp.minEur), maxEur: first(sp.maxEur) };
  const raw: Record<string, string | undefined> = {
    owner: first(sp.owner),
    stage: first(sp.stage),
    status: first(sp.status),
    tag: typed.tag?.toLowerCase(),
    minValue: cents(typed.minEur),
    maxValue: cents(typed.maxEur),
    followUpDue: first(sp.due) ? 'true' : undefined,
    q: typed.q,
  };
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const { data, problems } = parseNamingProblems(prospectFilterSchema, present, FILTER_LABEL, {
    owner: raw.owner && known.users ? unknownOwner(raw.owner, known.users) : null,
    stage: raw.stage && known.stages ? unknownStage(raw.stage, known.stages) : null,
  });
  return { filter: data, problems, typed };
}

const sortSchema = z.object({ sort: prospectSortSchema });

/** The table's sort: one that is no sort is named like a filter that was not used, and the default sort applies. */
export function sortFromSearch(sp: SearchParams) {
  const sort = first(sp.sort);
  const { data, problems } = parseNamingProblems(sortSchema, sort ? { sort } : {}, { sort: 'Sort' });
  return { sort: data.sort, problems };
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
