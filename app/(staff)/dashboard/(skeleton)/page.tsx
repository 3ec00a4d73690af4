import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Card, CardTitle } from '@/components/ui/card';
import { Skeleton, PageHeader } from '@/components/ui/states';
import { LiveIndicator } from '@/components/realtime/live-indicator';
import { LiveRefresh } from '@/components/dashboard/live-refresh';
import { LiveEmailFeed } from '@/components/dashboard/live-email-feed';
import { StatCard } from '@/components/dashboard/stat-card';
import { SystemStatus } from '@/components/dashboard/system-status';
import { UnitLoadTable } from '@/components/dashboard/unit-load-table';
import { requireArea } from '@/lib/auth/session';
import { FEED_SIZE, overview } from '@/lib/dashboard/overview';
import { formatPercent } from '@/lib/kpi/format';
import { kpiTargets } from '@/lib/kpi/targets';
import { EVENTS } from '@/lib/realtime/channels';
import { recentSystemHealth } from '@/lib/system/health';

export const metadata: Metadata = { title: 'Overview' };

const LIVE_EVENTS = [EVENTS.emailReceived, EVENTS.emailUpdated, EVENTS.kpiUpdated, EVENTS.agentUpdated, EVENTS.systemStatus];

export default async function DashboardPage() {
  await requireArea('dashboard', '/dashboard');
  const data = await overview();
  const target = kpiTargets().autoHandledShare;
  const share = data.today.autoHandledShare;
  return (
    <>
      {/* SLA pressure grows by the clock alone, so the page also refreshes every minute */}
      <LiveRefresh events={LIVE_EVENTS} everyMs={60_000} />
      <PageHeader title="Overview" description="Today's mail, open work and SLA pressure, as it happens." actions={<LiveIndicator />} />
      <div className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="overview-counters">
        <StatCard label="Inbound today" value={data.today.received.toLocaleString('en-GB')} hint="since 00:00 UTC" />
        <StatCard
          label="Auto-handled today"
          value={formatPercent(share)}
          hint={`${data.today.autoHandled} of ${data.today.received} · target ${target} %`}
          tone={share === null ? 'neutral' : share >= target ? 'good' : 'warning'}
        />
        <StatCard label="SLA at risk" value={String(data.atRisk)} hint="unanswered, due within the hour" tone={data.atRisk ? 'warning' : 'good'} />
        <StatCard label="SLA breached" value={String(data.overdue)} hint={`open and overdue · ${data.openTasks} open tasks`} tone={data.overdue ? 'critical' : 'good'} />
      </div>
      <div className="mb-6 grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="feed-title">
          <div className="flex items-center justify-between">
            <CardTitle id="feed-title">Live email feed</CardTitle>
            <Link href="/emails" className="text-sm underline">Open inbox</Link>
          </div>
          <LiveEmailFeed initial={data.feed} size={FEED_SIZE} />
        </Card>
        <Card aria-labelledby="status-title">
          <CardTitle id="status-title">System status</CardTitle>
          <Suspense fallback={<Skeleton className="h-40" />}>
            <SystemStatusPanel />
          </Suspense>
        </Card>
      </div>
      <Card aria-labelledby="units-title">
        <CardTitle id="units-title">Open tasks per business unit</CardTitle>
        <UnitLoadTable units={data.units} />
      </Card>
    </>
  );
}

async function SystemStatusPanel() {
  return <SystemStatus health={await recentSystemHealth()} />;
}
