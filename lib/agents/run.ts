// How the agents get their work: right after ingest (runAgentFor, which the pipeline starts once the email is stored
// and does not wait for; emails stored together are decided together, in one round of reads and one transaction), and
// from the SLA cron's sweep of tasks no agent has reviewed, so a crash between storing an email and deciding on it
// loses nothing.
import { db } from '@/lib/db';
import { applyDecisions, type AgentOutcome } from './apply';
import { announceAgentWork } from './announce';
import { decide } from './decide';
import { loadAgentJobs } from './facts';

const MAX_BATCH = 100;
/** The sweep leaves a task this long to the agent run that follows its ingest. */
export const SWEEP_GRACE_MS = 60_000;

/** Decides on these emails and carries the decisions out; throws when that fails (nothing of it is kept then). */
export async function reviewEmails(emailIds: readonly string[], now = new Date()): Promise<AgentOutcome[]> {
  const jobs = await loadAgentJobs(emailIds);
  if (!jobs.length) return [];
  const applied = await applyDecisions(jobs.map((job) => ({ task: job, decision: decide(job.facts) })), now);
  await announceAgentWork(applied, now);
  return applied.outcomes;
}

let queue: string[] = [];
let draining: Promise<void> | null = null;

/** Decides on a batch; an email that fails alone is logged and left to the SLA sweep. */
async function settle(emailIds: string[]): Promise<void> {
  try {
    await reviewEmails(emailIds);
  } catch (error) {
    if (emailIds.length === 1) {
      console.error(`agents: email ${emailIds[0]} is left for the SLA sweep: ${(error as Error).message ?? error}`);
      return;
    }
    // One email the agent cannot handle must not hold back the others.
    for (const id of emailIds) await settle([id]);
  }
}

async function drain() {
  await new Promise(setImmediate); // emails stored in the same turn join the batch
  while (queue.length) {
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    await settle(batch);
  }
  draining = null;
}

/** Resolves once every email handed to the agents so far is decided: for scripts before they exit, and tests. */
export async function agentsSettled(): Promise<void> {
  while (draining) await draining;
}

/** The pipeline's call after an email is stored; nobody waits for it (agentsSettled does, when asked). */
export function runAgentFor(emailId: string): void {
  queue.push(emailId);
  draining ??= drain();
}

/** The agent failed on this email twice (after ingest and in the sweep): it goes to people, saying so. */
async function handOffAfterFailure(emailId: string, error: unknown, now: Date): Promise<AgentOutcome[]> {
  const row = await db.task.findUnique({
    where: { emailId },
    select: { id: true, businessUnit: { select: { id: true, key: true, name: true } }, email: { select: { subject: true, fromAddress: true, fromName: true } } },
  });
  if (!row) return [];
  const task = { emailId, taskId: row.id, unit: row.businessUnit, ...row.email, customer: null };
  const reason = `the agent could not process this email (${(error as Error).message ?? error}): a person must handle it`;
  const applied = await applyDecisions([{ task, decision: { outcome: 'handed_off', reason } }], now, { failure: true });
  await announceAgentWork(applied, now);
  return applied.outcomes;
}

async function reviewOrHandOff(emailIds: string[], now: Date): Promise<{ outcomes: AgentOutcome[]; failed: number }> {
  try {
    return { outcomes: await reviewEmails(emailIds, now), failed: 0 };
  } catch (error) {
    if (emailIds.length === 1) return { outcomes: await handOffAfterFailure(emailIds[0], error, now), failed: 1 };
    const all = { outcomes: [] as AgentOutcome[], failed: 0 };
    for (const id of emailIds) {
      const one = await reviewOrHandOff([id], now);
      all.outcomes.push(...one.outcomes);
      all.failed += one.failed;
    }
    return all;
  }
}

export type SweepResult = { reviewed: number; autoHandled: number; handedOff: number; agentFailed: number };

export type SweepOptions = { now?: Date; limit?: number; /** Only these business units (default all). */ unitIds?: string[] };

/** Open tasks no agent has reviewed (older than the grace period), oldest first, through their unit's agent. */
export async function sweepUnreviewed({ now = new Date(), limit = 200, unitIds }: SweepOptions = {}): Promise<SweepResult> {
  const tasks = await db.task.findMany({
    where: { status: 'OPEN', agentReviewedAt: null, createdAt: { lt: new Date(+now - SWEEP_GRACE_MS) }, ...(unitIds && { businessUnitId: { in: unitIds } }) },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { emailId: true },
  });
  const result: SweepResult = { reviewed: 0, autoHandled: 0, handedOff: 0, agentFailed: 0 };
  for (let i = 0; i < tasks.length; i += MAX_BATCH) {
    const { outcomes, failed } = await reviewOrHandOff(tasks.slice(i, i + MAX_BATCH).map((t) => t.emailId), now);
    result.reviewed += outcomes.length;
    result.autoHandled += outcomes.filter((o) => o.outcome === 'auto_handled').length;
    result.handedOff += outcomes.filter((o) => o.outcome === 'handed_off').length;
    result.agentFailed += failed;
  }
  return result;
}
