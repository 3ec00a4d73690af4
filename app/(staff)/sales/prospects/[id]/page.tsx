import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/states';
import { DeleteProspect } from '@/components/sales/delete-prospect';
import { formatEuroWhole } from '@/components/sales/format';
import { InteractionForm } from '@/components/sales/interaction-form';
import { OutreachComposer } from '@/components/sales/outreach-composer';
import { ProspectForm } from '@/components/sales/prospect-form';
import { SalesLive } from '@/components/sales/sales-live';
import { StageControl } from '@/components/sales/stage-control';
import { ProspectStatusBadge } from '@/components/sales/status-badge';
import { Timeline } from '@/components/sales/timeline';
import { requireArea } from '@/lib/auth/session';
import { companyConfig } from '@/lib/config/company';
import { seesAllProspects, userCaller } from '@/lib/sales/access';
import { prospectTimeline } from '@/lib/sales/interactions';
import { teamAddress } from '@/lib/sales/outreach';
import { listOwners } from '@/lib/sales/owners';
import { findVisibleProspect, toProspectRow } from '@/lib/sales/prospect-query';
import { listStages } from '@/lib/sales/stages';

export const metadata: Metadata = { title: 'Prospect' };

export default async function ProspectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea('sales', `/sales/prospects/${id}`);
  const caller = userCaller(user);
  const manager = seesAllProspects(caller);
  const prospect = await findVisibleProspect(caller, id);
  if (!prospect) notFound();
  const [timeline, stages, allOwners] = await Promise.all([prospectTimeline(caller, id), listStages(), listOwners()]);
  const p = toProspectRow(prospect);
  const current = stages.find((s) => s.id === p.stage.id)!;
  const names = Object.fromEntries([...stages.map((s) => [s.id, s.name]), ...stages.map((s) => [s.key, s.name]), ...allOwners.map((o) => [o.id, o.name])]);
  const ownDomain = `@${companyConfig().company.domain}`;
  return (
    <>
      <SalesLive prospectId={id} />
      <p className="mb-2 text-sm"><Link href="/sales" className="underline">← Pipeline</Link></p>
      <PageHeader
        title={p.company}
        description={`${p.contactName} · ${p.email}${p.phone ? ` · ${p.phone}` : ''}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="royal">{p.stage.name}</Badge>
            <ProspectStatusBadge status={p.status} />
            {p.emailInvalid && <Badge tone="critical">Address bounced</Badge>}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card aria-labelledby="facts">
            <CardTitle id="facts">Deal</CardTitle>
            <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
              <div><dt className="text-muted">Value</dt><dd className="text-lg font-semibold">{formatEuroWhole(p.valueCents)}</dd></div>
              <div><dt className="text-muted">Weighted ({p.probability} %)</dt><dd className="text-lg font-semibold">{formatEuroWhole(p.weightedCents)}</dd></div>
              <div><dt className="text-muted">Owner</dt><dd>{p.owner.name}</dd></div>
              <div><dt className="text-muted">Next follow-up</dt><dd>{p.nextFollowUpAt ? <LocalTime iso={p.nextFollowUpAt} mode="date" /> : '—'}</dd></div>
              <div><dt className="text-muted">Last contact</dt><dd>{p.lastContactAt ? <LocalTime iso={p.lastContactAt} mode="relative" /> : 'none yet'}</dd></div>
              <div><dt className="text-muted">In stage since</dt><dd><LocalTime iso={p.stageChangedAt} mode="date" /></dd></div>
              <div><dt className="text-muted">Source</dt><dd>{p.source ?? '—'}</dd></div>
              <div><dt className="text-muted">Tags</dt><dd>{p.tags.length ? p.tags.map((t) => `#${t}`).join(' ') : '—'}</dd></div>
              {(p.wonReason || p.lostReason) && (
                <div className="col-span-full"><dt className="text-muted">{p.wonReason ? 'Won because' : 'Lost because'}</dt><dd>{p.wonReason ?? p.lostReason}</dd></div>
              )}
            </dl>
          </Card>
          <Card aria-labelledby="email">
            <CardTitle id="email">Email {p.contactName}</CardTitle>
            <OutreachComposer
              prospectId={p.id}
              to={p.email}
              myAddress={user.email.toLowerCase().endsWith(ownDomain) ? user.email : teamAddress()}
              teamAddress={teamAddress()}
              disabledReason={p.emailInvalid ? `${p.email} bounced. Correct the address below before writing again.` : undefined}
            />
          </Card>
          <section aria-labelledby="timeline-title" className="space-y-3">
            <h2 id="timeline-title" className="font-serif text-xl">Timeline</h2>
            <Timeline entries={timeline} names={names} />
          </section>
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="stage">
            <CardTitle id="stage">Stage</CardTitle>
            <StageControl prospectId={p.id} current={current} stages={stages} />
          </Card>
          <Card aria-labelledby="log">
            <CardTitle id="log">Log an interaction</CardTitle>
            <InteractionForm prospectId={p.id} />
          </Card>
          <Card aria-labelledby="edit">
            <CardTitle id="edit">Details</CardTitle>
            <ProspectForm prospect={p} stages={stages} owners={manager ? allOwners : null} />
          </Card>
          {manager && <DeleteProspect prospectId={p.id} company={p.company} />}
        </div>
      </div>
    </>
  );
}
