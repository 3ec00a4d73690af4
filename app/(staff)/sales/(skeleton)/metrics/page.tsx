import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { formatDays, formatEuroWhole, formatRate } from '@/components/sales/format';
import { MetricsCharts } from '@/components/sales/metrics-charts';
import { PERIOD_PRESETS, PeriodPicker } from '@/components/sales/period-picker';
import { SalesTabs } from '@/components/sales/sales-tabs';
import type { SearchParams } from '@/components/sales/filter-params';
import { parseNamingProblems } from '@/lib/http/url-params';
import { FilterProblems } from '@/components/sales/filter-problems';
import { requireArea } from '@/lib/auth/session';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { DEFAULT_PERIOD_DAYS, salesMetrics } from '@/lib/sales/metrics';
import { listOwners, usersWithId } from '@/lib/sales/owners';
import { metricsQuerySchema, unknownOwner } from '@/lib/sales/schemas';

export const metadata: Metadata = { title: 'Sales metrics' };

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
/** The picker's "to" day is inclusive, the query's end is not; what is no day goes on as typed, for the schema to name. */
const dayAfter = (to: string) => {
  const d = new Date(to);
  return Number.isNaN(d.getTime()) ? to : day(new Date(d.getTime() + DAY));
};
const PERIOD_LABEL = { from: 'From', to: 'To', owner: 'Rep' };

export default async function SalesMetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea('sales', '/sales/metrics');
  const caller = userCaller(user);
  const manager = seesAllProspects(caller);
  const sp = await searchParams;
  const str = (k: string) => (typeof sp[k] === 'string' && sp[k] ? (sp[k] as string) : undefined);
  const preset = PERIOD_PRESETS.find((d) => String(d) === str('days'));
  const custom = !preset && (str('from') || str('to'));
  const now = new Date();
  const owner = str('owner');
  // The API refuses an owner no user is (requireKnownFilter); the page names it and shows the numbers it can.
  const ownerProblem = owner ? unknownOwner(owner, await usersWithId(owner)) : null;
  const { data: parsed, problems, dropped } = parseNamingProblems(
    metricsQuerySchema,
    Object.fromEntries(
      Object.entries(
        custom
          ? { from: str('from'), to: str('to') && dayAfter(str('to')!), owner }
          : { from: new Date(now.getTime() - (preset ?? DEFAULT_PERIOD_DAYS) * DAY).toISOString(), owner },
      ).filter(([, v]) => v !== undefined),
    ),
    PERIOD_LABEL,
    { owner: ownerProblem },
  );
  // Half a custom period is no period: one that cannot be used is named, and the default period shown instead.
  const periodUsed = !dropped.includes('from') && !dropped.includes('to');
  const query = periodUsed ? parsed : { owner: parsed.owner };
  const [m, owners] = await Promise.all([salesMetrics(caller, query, now), manager ? listOwners() : null]);
  const t = m.team;
  const tiles = [
    { label: 'Open pipeline', value: formatEuroWhole(t.open.valueCents), note: `${t.open.count} prospects` },
    { label: 'Weighted pipeline', value: formatEuroWhole(t.open.weightedCents), note: 'value × win probability' },
    { label: 'Win rate', value: formatRate(t.winRate), note: `${t.won.count} won, ${t.lost.count} lost` },
    { label: 'Average sales cycle', value: formatDays(t.avgCycleDays), note: 'created → won' },
    { label: 'Sales velocity', value: t.velocityCentsPerDay === null ? '—' : `${formatEuroWhole(t.velocityCentsPerDay)} / day`, note: 'open × avg won deal × win rate ÷ cycle' },
    { label: 'Outreach response rate', value: formatRate(t.responseRate), note: `${t.responded} of ${t.outreached} prospects first emailed in the period wrote back` },
  ];
  const toShown = new Date(new Date(m.period.to).getTime() - (custom && periodUsed ? DAY : 0));
  return (
    <>
      <SalesTabs current="/sales/metrics" canManage={manager} />
      <PageHeader title="Sales metrics" description={`${m.owner ? (owners?.find((o) => o.id === m.owner)?.name ?? 'Your numbers') : 'The whole team'}, ${m.period.from.slice(0, 10)} to ${day(toShown)} (UTC).`} />
      <PeriodPicker days={custom ? null : (preset ?? DEFAULT_PERIOD_DAYS)} from={periodUsed ? m.period.from.slice(0, 10) : str('from')} to={periodUsed ? day(toShown) : str('to')} owner={m.owner} owners={owners} />
      <FilterProblems problems={problems} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <Card key={tile.label}>
            <p className="text-sm text-muted">{tile.label}</p>
            <p className="font-serif text-2xl text-royal-900 dark:text-gold-300">{tile.value}</p>
            <p className="text-xs text-muted">{tile.note}</p>
          </Card>
        ))}
      </div>
      {m.reps.length === 0 ? (
        <EmptyState title="No sales activity yet">Prospects, moves and emails will show here as the team works.</EmptyState>
      ) : (
        <>
          <MetricsCharts metrics={m} />
          <TableScroll framed className="mt-6">
            <table className="w-full text-sm">
              <caption className="p-3 text-left font-semibold">Per rep</caption>
              <thead className="border-y border-border bg-subtle">
                <tr>
                  {['Rep', 'Open', 'Weighted', 'Won', 'Lost', 'Win rate', 'Cycle', 'Activities', 'Response rate'].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 text-left font-medium">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.reps.map((r) => (
                  <tr key={r.id} className="border-b border-border last:border-0">
                    <th scope="row" className="px-3 py-2 text-left font-medium">{r.name}</th>
                    <td className="px-3 py-2 tabular-nums">{formatEuroWhole(r.open.valueCents)} ({r.open.count})</td>
                    <td className="px-3 py-2 tabular-nums">{formatEuroWhole(r.open.weightedCents)}</td>
                    <td className="px-3 py-2 tabular-nums">{r.won.count} · {formatEuroWhole(r.won.valueCents)}</td>
                    <td className="px-3 py-2 tabular-nums">{r.lost.count}</td>
                    <td className="px-3 py-2 tabular-nums">{formatRate(r.winRate)}</td>
                    <td className="px-3 py-2 tabular-nums">{formatDays(r.avgCycleDays)}</td>
                    <td className="px-3 py-2 tabular-nums">{r.activities}</td>
                    <td className="px-3 py-2 tabular-nums">{formatRate(r.responseRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
