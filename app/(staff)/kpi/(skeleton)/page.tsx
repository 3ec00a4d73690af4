import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/states';
import { LiveIndicator } from '@/components/realtime/live-indicator';
import { LiveRefresh } from '@/components/dashboard/live-refresh';
import { StatCard } from '@/components/dashboard/stat-card';
import { AutoHandledChart, ResponseTimeChart, SlaBreachChart, VolumeChart } from '@/components/kpi/charts';
import { DepartmentTable } from '@/components/kpi/department-table';
import { PeriodPicker } from '@/components/kpi/period-picker';
import { RecommendationList } from '@/components/kpi/recommendation-list';
import { ScoreCard } from '@/components/kpi/score-card';
import { requireArea } from '@/lib/auth/session';
import { kpiStatus } from '@/lib/kpi/assessment';
import { kpiReport } from '@/lib/kpi/data';
import { formatDuration, formatEuros, formatPercent } from '@/lib/kpi/format';
import { periodQuery, resolvePeriod } from '@/lib/kpi/period';
import { ratings } from '@/lib/kpi/recommendations';
import { EVENTS } from '@/lib/realtime/channels';

export const metadata: Metadata = { title: 'KPIs' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function KpiPage({ searchParams }: { searchParams: Search }) {
  await requireArea('kpi', '/kpi');
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const parsed = periodQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : periodQuery.parse({});
  const now = new Date();
  const report = await kpiReport(resolvePeriod(query, now), now);
  const { headline: h, targets: t } = report;
  const hourly = report.period.g === 'hour';
  const csv = `/api/kpi?${new URLSearchParams({ ...(query.from && { from: query.from }), ...(query.to && { to: query.to }), period: query.period, format: 'csv' })}`;
  const tone = (s: ReturnType<typeof kpiStatus>) => s ?? 'neutral';
  return (
    <>
      <LiveRefresh events={[EVENTS.kpiUpdated]} />
      <PageHeader title="KPI dashboard" description={`Computed from stored emails, tasks, replies, ratings and orders — ${report.period.label}, compared with the period before.`} actions={<LiveIndicator />} />
      <PeriodPicker period={report.period} from={query.from ?? raw.from} to={query.to ?? raw.to} />
      {!parsed.success && <p role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">The period was not understood ({parsed.error.issues[0]?.message}); showing the last 7 days.</p>}
      <div className="mb-6 grid grid-cols-1 gap-4 md:grid-cols-3 xl:grid-cols-6" data-testid="kpi-headline">
        <ScoreCard score={h.score} components={h.scoreComponents} />
        <StatCard label="Auto-handled share" value={formatPercent(h.autoHandledShare)} hint={`target ${t.autoHandledShare} % · ${h.received} emails`} tone={tone(kpiStatus(h.autoHandledShare, t.autoHandledShare, 'higher'))} />
        <StatCard label="First response (median)" value={formatDuration(h.responseMedian)} hint={`p90 ${formatDuration(h.responseP90)} · target ${formatDuration(t.responseSeconds)}`} tone={tone(kpiStatus(h.responseMedian, t.responseSeconds, 'lower'))} />
        <StatCard label="Customer satisfaction" value={formatPercent(h.csat)} hint={`target ${t.csat} % · ${ratings(h.csatCount)}`} tone={tone(kpiStatus(h.csat, t.csat, 'higher'))} />
        <StatCard label="SLA compliance" value={formatPercent(h.slaCompliance)} hint={`${h.slaBreached} breached of ${h.slaDecided} answered or overdue · target ${t.slaCompliance} %`} tone={tone(kpiStatus(h.slaCompliance, t.slaCompliance, 'higher'))} />
        <StatCard
          label="Revenue growth"
          value={h.revenueGrowth === null ? '—' : `${h.revenueGrowth >= 0 ? '+' : ''}${h.revenueGrowth.toFixed(1)} %`}
          hint={`Revenue (net) ${formatEuros(h.revenueCents)} from ${h.orders} ${h.orders === 1 ? 'order' : 'orders'} · before ${formatEuros(h.previousRevenueCents)}`}
          tone={h.revenueGrowth === null ? 'neutral' : h.revenueGrowth >= 0 ? 'good' : 'warning'}
        />
      </div>
      <div className="mb-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card><VolumeChart series={report.series} hourly={hourly} /></Card>
        <Card><ResponseTimeChart series={report.series} hourly={hourly} target={t.responseSeconds} /></Card>
        <Card><AutoHandledChart series={report.series} hourly={hourly} target={t.autoHandledShare} /></Card>
        <Card><SlaBreachChart series={report.series} hourly={hourly} /></Card>
      </div>
      <Card className="mb-6" aria-labelledby="departments-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle id="departments-title">Department KPIs</CardTitle>
          <ButtonLink href={csv} variant="secondary" prefetch={false}>Export CSV</ButtonLink>
        </div>
        <DepartmentTable rows={report.departments} />
      </Card>
      <Card aria-labelledby="recommendations-title">
        <CardTitle id="recommendations-title">Recommendations</CardTitle>
        <RecommendationList items={report.recommendations} measured={h.received > 0 || h.orders > 0} />
      </Card>
    </>
  );
}
