// Service levels: each unit promises a first response within its SLA minutes for the email's priority.
import type { Priority } from '@/lib/generated/sqlite/enums';

export type SlaState = 'ok' | 'at_risk' | 'breached';
/** How a task's promise ended: kept, breached, or not decided yet (unanswered and still within its SLA). */
export type SlaOutcome = 'kept' | 'breached' | 'pending';
export const SLA_STATES = ['ok', 'at_risk', 'breached'] as const;

/** A task in one of these is still someone's work (and counts against the unit's queue). */
export const OPEN_TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING'] as const;

/** An open task is at risk when less than this remains before its due time. */
export const AT_RISK_MINUTES = 60;

type UnitSla = { slaUrgentMinutes: number; slaHighMinutes: number; slaNormalMinutes: number; slaLowMinutes: number };

export function slaMinutesOf(unit: UnitSla): Record<Priority, number> {
  return { URGENT: unit.slaUrgentMinutes, HIGH: unit.slaHighMinutes, NORMAL: unit.slaNormalMinutes, LOW: unit.slaLowMinutes };
}

export const slaDueAt = (receivedAt: Date, minutes: number) => new Date(receivedAt.getTime() + minutes * 60_000);

/** Met when the first response (or closing) came before the due time; breached when it came later or is overdue. */
export function slaState(task: { slaDueAt: Date; firstResponseAt: Date | null; closedAt: Date | null }, now: Date = new Date()): SlaState {
  const answeredAt = task.firstResponseAt ?? task.closedAt;
  const due = task.slaDueAt.getTime();
  if (answeredAt) return answeredAt.getTime() > due ? 'breached' : 'ok';
  if (now.getTime() > due) return 'breached';
  return due - now.getTime() <= AT_RISK_MINUTES * 60_000 ? 'at_risk' : 'ok';
}

export function slaOutcome(task: { slaDueAt: Date; firstResponseAt: Date | null; closedAt: Date | null }, now: Date = new Date()): SlaOutcome {
  if (slaState(task, now) === 'breached') return 'breached';
  return task.firstResponseAt ?? task.closedAt ? 'kept' : 'pending';
}

/** When slaState of this task next changes with time alone (ms since epoch; Infinity once it is answered or breached). */
export function slaStateChangesAt(task: { slaDueAt: Date; firstResponseAt: Date | null; closedAt: Date | null }, now: Date = new Date()): number {
  if (task.firstResponseAt ?? task.closedAt) return Infinity;
  const due = task.slaDueAt.getTime();
  const atRisk = due - AT_RISK_MINUTES * 60_000;
  if (now.getTime() < atRisk) return atRisk;
  return now.getTime() <= due ? due + 1 : Infinity;
}
