import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { apiQueryFromFilter, filterFromSearch, ownerParam, searchFromFilter, sortFromSearch, type SearchParams } from '@/components/sales/filter-params';
import { FilterProblems } from '@/components/sales/filter-problems';
import { ProspectFilters } from '@/components/sales/prospect-filters';
import { ProspectTable, type SortLink } from '@/components/sales/prospect-table';
import { SalesLive } from '@/components/sales/sales-live';
import { SalesTabs } from '@/components/sales/sales-tabs';
import { requireArea } from '@/lib/auth/session';
import { HttpError } from '@/lib/http/problem';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { listOwners, usersWithId } from '@/lib/sales/owners';
import { listProspectRows } from '@/lib/sales/prospect-query';
import { listStages } from '@/lib/sales/stages';

export const metadata: Metadata = { title: 'Prospects' };

const SORT_LABEL: Record<string, string> = { company: 'Company', valueCents: 'Value', updatedAt: 'Updated' };
const PAGE_SIZE = 50;

export default async function ProspectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea('sales', '/sales/prospects');
  const caller = userCaller(user);
  const manager = seesAllProspects(caller);
  const sp = await searchParams;
  const [stages, users] = await Promise.all([listStages(), usersWithId(ownerParam(sp))]);
  const { filter, problems, typed } = filterFromSearch(sp, { stages, users });
  const { sort, problems: sortProblems } = sortFromSearch(sp);
  const order = sp.order === 'asc' ? 'asc' : 'desc';
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : undefined;
  const [page, owners] = await Promise.all([
    // A cursor that is not ours is a 400 from lib: show the message and the first-page link instead.
    listProspectRows(caller, { ...filter, sort, order, cursor, limit: PAGE_SIZE }).catch((e: unknown) => {
      if (e instanceof HttpError) return null;
      throw e;
    }),
    manager ? listOwners() : null,
  ]);
  const base = searchFromFilter(filter);
  const href = (extra: Record<string, string>) => `/sales/prospects?${new URLSearchParams({ ...Object.fromEntries(base), ...extra })}`;
  const sortLinks = Object.fromEntries(
    Object.entries(SORT_LABEL).map(([key, label]): [string, SortLink] => {
      const current = key === sort;
      const nextOrder = current && order === 'desc' ? 'asc' : 'desc';
      return [key, { label, href: href({ sort: key, order: nextOrder }), direction: current ? (order === 'asc' ? 'ascending' : 'descending') : 'none' }];
    }),
  );
  const rows = page?.rows ?? [];
  return (
    <>
      <SalesLive />
      <SalesTabs current="/sales/prospects" canManage={manager} />
      <PageHeader
        title="Prospects"
        description={manager ? 'Every prospect of the team.' : 'Your prospects.'}
        actions={
          <>
            <ButtonLink href={`/api/prospects/export?${apiQueryFromFilter(filter)}`} variant="secondary" prefetch={false}>Export CSV</ButtonLink>
            <ButtonLink href="/sales/import" variant="secondary">Import CSV</ButtonLink>
            <ButtonLink href="/sales/prospects/new">New prospect</ButtonLink>
          </>
        }
      />
      <ProspectFilters action="/sales/prospects" filter={filter} typed={typed} owners={owners} stages={stages} />
      <FilterProblems problems={[...problems, ...sortProblems]} />
      {!page && <p role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">The page link was not understood; go back to the first page.</p>}
      {rows.length ? (
        <ProspectTable rows={rows} stages={stages} owners={owners} sortLinks={sortLinks} />
      ) : (
        <EmptyState title="No prospects match">Change the filters, or add a prospect.</EmptyState>
      )}
      <nav aria-label="Pages" className="mt-6 flex items-center justify-center gap-6 text-sm">
        {cursor && <Link href={href({ sort, order })} className="underline">← First page</Link>}
        {page?.nextCursor && <Link href={href({ sort, order, cursor: page.nextCursor })} className="underline">Next page →</Link>}
      </nav>
    </>
  );
}
