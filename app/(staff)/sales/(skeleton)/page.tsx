import type { Metadata } from 'next';
import Link from 'next/link';
import { LiveIndicator } from '@/components/realtime/live-indicator';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { filterFromSearch, ownerParam, type SearchParams } from '@/components/sales/filter-params';
import { FilterProblems } from '@/components/sales/filter-problems';
import { PipelineBoard } from '@/components/sales/pipeline-board';
import { ProspectFilters } from '@/components/sales/prospect-filters';
import { SalesTabs } from '@/components/sales/sales-tabs';
import { formatEuroWhole } from '@/components/sales/format';
import { requireArea } from '@/lib/auth/session';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { loadBoard } from '@/lib/sales/board';
import { listOwners, usersWithId } from '@/lib/sales/owners';

export const metadata: Metadata = { title: 'Sales pipeline' };

export default async function SalesBoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea('sales', '/sales');
  const caller = userCaller(user);
  const manager = seesAllProspects(caller);
  const sp = await searchParams;
  const { filter, problems, typed } = filterFromSearch(sp, { users: await usersWithId(ownerParam(sp)) });
  const [columns, owners] = await Promise.all([loadBoard(caller, filter), manager ? listOwners() : null]);
  const open = columns.filter((c) => !c.stage.isWon && !c.stage.isLost);
  const total = columns.reduce((n, c) => n + c.count, 0);
  return (
    <>
      <SalesTabs current="/sales" canManage={manager} />
      <PageHeader
        title="Sales pipeline"
        description={`${manager ? 'The team’s' : 'Your'} open pipeline: ${formatEuroWhole(open.reduce((n, c) => n + c.valueCents, 0))}, weighted ${formatEuroWhole(open.reduce((n, c) => n + c.weightedCents, 0))}.`}
        actions={
          <>
            <LiveIndicator />
            <ButtonLink href="/sales/prospects/new">New prospect</ButtonLink>
          </>
        }
      />
      <ProspectFilters action="/sales" filter={filter} typed={typed} owners={owners} />
      <FilterProblems problems={problems} />
      {total === 0 && Object.keys(filter).length === 0 ? (
        <EmptyState title="No prospects yet">
          Add one with <Link className="underline" href="/sales/prospects/new">New prospect</Link> or bring a list in with <Link className="underline" href="/sales/import">CSV import</Link>.
        </EmptyState>
      ) : (
        <PipelineBoard columns={columns} stages={columns.map((c) => c.stage)} />
      )}
    </>
  );
}
