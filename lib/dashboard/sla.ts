// Where a task stands against its SLA promise, as the inbox, the overview and the detail page show it.
export type SlaState = 'met' | 'late' | 'breached' | 'at_risk' | 'on_track' | 'closed';
export const SLA_STATES_OPEN = ['breached', 'at_risk', 'on_track'] as const;
export type OpenSlaState = (typeof SLA_STATES_OPEN)[number];

/** An unanswered task due within the next hour is at risk. */
export const AT_RISK_MS = 60 * 60_000;
export const OPEN_TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING'] as const;

type TaskTimes = { status: string; slaDueAt: Date; firstResponseAt: Date | null; closedAt: Date | null };

export function slaState(task: TaskTimes, now: Date): SlaState {
  if (task.firstResponseAt) return +task.firstResponseAt <= +task.slaDueAt ? 'met' : 'late';
  if (task.status === 'CLOSED') return 'closed';
  if (+now > +task.slaDueAt) return 'breached';
  return +task.slaDueAt - +now <= AT_RISK_MS ? 'at_risk' : 'on_track';
}

/** Prisma `Task` conditions for one of the open SLA states at `now`. */
export function openSlaWhere(state: OpenSlaState, now: Date) {
  const open = { status: { in: [...OPEN_TASK_STATUSES] }, firstResponseAt: null };
  if (state === 'breached') return { ...open, slaDueAt: { lt: now } };
  if (state === 'at_risk') return { ...open, slaDueAt: { gte: now, lt: new Date(+now + AT_RISK_MS) } };
  return { ...open, slaDueAt: { gte: new Date(+now + AT_RISK_MS) } };
}
