import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { TableScroll } from '@/components/ui/table-scroll';
import { AddMember, RemoveMember, SlaEditor, UnitAdmin } from '@/components/dashboard/team-admin';
import { requireArea } from '@/lib/auth/session';
import { PERFORMANCE_DAYS, teamsOverview } from '@/lib/dashboard/teams';
import { formatDuration, formatPercent } from '@/lib/kpi/format';
import { kpiTargets } from '@/lib/kpi/targets';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage() {
  const user = await requireArea('teams', '/teams');
  const admin = user.role === 'ADMIN';
  const { teams, staff } = await teamsOverview();
  const target = kpiTargets().slaCompliance;
  return (
    <>
      <PageHeader title="Teams" description={`Business units, their people, open work and SLA performance over the last ${PERFORMANCE_DAYS} days.`} />
      <div className="space-y-6">
        {teams.map((t) => (
          <Card key={t.key} aria-labelledby={`team-${t.key}`}>
            <UnitAdmin unit={t.key} name={t.name}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`team-${t.key}`} className="font-serif text-xl">{t.name}</h2>
                <span className="text-sm text-muted">{t.email}</span>
              </div>
              <p className="mb-3 text-sm text-muted">{t.specialization}</p>
              <p className="mb-4 text-xs text-muted">
                SLA: urgent {formatDuration(t.sla.urgent * 60)} · high {formatDuration(t.sla.high * 60)} · normal {formatDuration(t.sla.normal * 60)} · low {formatDuration(t.sla.low * 60)}
              </p>
              {t.members.length ? (
                <TableScroll>
                  <table className="w-full text-sm">
                    <caption className="sr-only">Members of {t.name}</caption>
                    <thead className="text-left text-xs uppercase text-muted">
                      <tr>
                        <th scope="col" className="py-2">Person</th>
                        <th scope="col" className="py-2">Role</th>
                        <th scope="col" className="py-2 text-right">Open tasks</th>
                        <th scope="col" className="py-2 text-right">Tasks ({PERFORMANCE_DAYS} d)</th>
                        <th scope="col" className="py-2 text-right">SLA kept</th>
                        {admin && <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>}
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-border">
                      {t.members.map((m) => (
                        <tr key={m.id}>
                          <th scope="row" className="py-2 text-left font-medium">
                            {m.name}
                            <span className="block text-xs font-normal text-muted">{m.email}</span>
                          </th>
                          <td className="py-2"><Badge tone="royal">{m.role.toLowerCase()}</Badge></td>
                          <td className="py-2 text-right tabular-nums">{m.openTasks}</td>
                          <td className="py-2 text-right tabular-nums">{m.tasks}</td>
                          <td className="py-2 text-right tabular-nums">
                            {m.slaCompliance === null ? '—' : <Badge tone={m.slaCompliance >= target ? 'good' : 'warning'}>{formatPercent(m.slaCompliance)}</Badge>}
                            {m.breached > 0 && <span className="block text-xs text-muted">{m.breached} breached</span>}
                          </td>
                          {admin && <td className="py-2 text-right"><RemoveMember unit={t.key} userId={m.id} name={m.name} /></td>}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              ) : (
                <EmptyState title="No members yet">Its tasks wait for the unit’s agent or anyone who picks them up.</EmptyState>
              )}
              {admin && (
                <div className="mt-4 grid grid-cols-1 gap-4 border-t border-border pt-4 lg:grid-cols-2">
                  <AddMember unit={t.key} candidates={staff.filter((s) => s.unitKey !== t.key)} />
                  <SlaEditor unit={t.key} sla={t.sla} />
                </div>
              )}
            </UnitAdmin>
          </Card>
        ))}
      </div>
    </>
  );
}
