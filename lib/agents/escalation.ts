// The SLA coordinator's rules, pure: when an unanswered task is escalated and how far.
//   level 1 "at risk"  — AT_RISK_SHARE of the SLA window (receipt → due) has passed: its people are reminded;
//   level 2 "breached" — the due time has passed: priority up one step, unit and managers told, reassigned by workload.
import type { Priority } from '@/lib/generated/sqlite/enums';

export const AT_RISK_SHARE = 0.8;
export type EscalationLevel = 1 | 2;

export type SlaClock = { receivedAt: Date; slaDueAt: Date; escalationLevel: number };

/** The level the task should be at now, when that is higher than where it is; else null. */
export function escalationDue(task: SlaClock, now: Date): EscalationLevel | null {
  const due = +task.slaDueAt;
  const window = Math.max(0, due - +task.receivedAt);
  const level: EscalationLevel | 0 = +now >= due ? 2 : +now >= +task.receivedAt + AT_RISK_SHARE * window ? 1 : 0;
  return level > task.escalationLevel ? (level as EscalationLevel) : null;
}

/** How long before its due time a task with this SLA becomes at risk. */
export const atRiskLeadMs = (slaMinutes: number) => Math.ceil((1 - AT_RISK_SHARE) * slaMinutes * 60_000);

const LADDER: readonly Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export function bumpPriority(p: Priority): Priority {
  return LADDER[Math.min(LADDER.indexOf(p) + 1, LADDER.length - 1)];
}
