// After commit: the people notified, and the pages watching agents, emails and orders.
import { announceNotifications } from '@/lib/notifications';
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { orderSummary } from '@/lib/shop/order-queries';
import type { AppliedDecisions } from './apply';

export function announceToStaff(event: string, data: unknown) {
  void publish(CHANNELS.staff, event, data);
}

export async function announceAgentWork(applied: AppliedDecisions, now: Date) {
  const byAgent = new Map<string, { autoHandled: number; handedOff: number }>();
  for (const o of applied.outcomes) {
    const n = byAgent.get(o.agent) ?? { autoHandled: 0, handedOff: 0 };
    if (o.outcome === 'auto_handled') n.autoHandled++;
    if (o.outcome === 'handed_off') n.handedOff++;
    byAgent.set(o.agent, n);
  }
  for (const [agent, n] of byAgent) announceToStaff(EVENTS.agentUpdated, { agent, ...n, at: now.toISOString() });
  for (const o of applied.outcomes) {
    if (o.outcome !== 'skipped') announceToStaff(EVENTS.emailUpdated, { id: o.emailId, taskId: o.taskId, action: `agent.${o.outcome}` });
  }
  for (const order of applied.orders) announceToStaff(EVENTS.orderCreated, orderSummary(order));
  await announceNotifications(applied.notifications);
}
