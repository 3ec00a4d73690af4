import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/states';
import { LiveIndicator } from '@/components/realtime/live-indicator';
import { AgentCard } from '@/components/dashboard/agent-card';
import { LiveRefresh } from '@/components/dashboard/live-refresh';
import { requireArea } from '@/lib/auth/session';
import { agentsOverview } from '@/lib/dashboard/agents';
import { EVENTS } from '@/lib/realtime/channels';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage() {
  await requireArea('agents', '/agents');
  const agents = await agentsOverview();
  return (
    <>
      <LiveRefresh events={[EVENTS.agentUpdated, EVENTS.emailReceived, EVENTS.emailUpdated]} quietMs={2_000} everyMs={60_000} />
      <PageHeader title="Agents" description="The business-unit agents and the SLA coordinator: what they are doing, how much they finish themselves, what they hand to people." actions={<LiveIndicator />} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        {agents.map((a) => (
          <AgentCard key={a.key} agent={a} />
        ))}
      </div>
    </>
  );
}
