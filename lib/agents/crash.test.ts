// An agent that crashes on an email: the email stays stored with its task, and the SLA sweep handles it later.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { message } from '@/tests/fixtures/email';
import { ingestDecided, moveToUnit, testUnit } from '@/tests/agent-fixtures';
import type { AgentFacts } from './decide';
import { SWEEP_GRACE_MS, sweepUnreviewed } from './run';

// The agent's decision throws for emails with these subjects.
const crashOn = vi.hoisted(() => new Set<string>());
vi.mock('./decide', async (importOriginal) => {
  const real = await importOriginal<typeof import('./decide')>();
  return {
    ...real,
    decide: (facts: AgentFacts) => {
      if (crashOn.has(facts.email.subject)) throw new Error('simulated agent crash');
      return real.decide(facts);
    },
  };
});

const later = () => new Date(Date.now() + SWEEP_GRACE_MS + 1_000);
const agentTrail = (emailId: string) => db.activity.findMany({ where: { entityType: 'email', entityId: emailId, actorType: 'agent' }, select: { action: true, actorId: true, after: true } });

const inquiry = (subject: string) => message({ From: `Iris Test <iris.${randomUUID().slice(0, 8)}@customer.example>`, To: 'support@h-bu.de', Subject: subject }, 'Could you tell us more about your buttons?');

/** Ingests an email the agent crashes on, and one it handles, together (so they are decided in one batch). */
async function ingestWithCrash() {
  const subject = `Crash test ${randomUUID()}`;
  crashOn.add(subject);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const [result, fine] = await Promise.all([ingestDecided(inquiry(subject)), ingestDecided(inquiry(`Fine ${randomUUID()}`))]);
  expect(errors).toHaveBeenCalledWith(expect.stringContaining('simulated agent crash'));
  errors.mockRestore();
  return { subject, result, fine };
}

describe('an agent crash', () => {
  it('fails neither the ingest nor the email; the sweep decides on it later, once', async () => {
    const { unit, ann } = await testUnit();
    const { subject, result } = await ingestWithCrash();
    expect(result).toMatchObject({ type: 'INQUIRY', routedTo: 'support', duplicate: false });
    const email = await db.email.findUniqueOrThrow({ where: { id: result.id }, include: { task: true, source: true } });
    expect(email.source).not.toBeNull();
    expect(email.task).toMatchObject({ status: 'OPEN', agentReviewedAt: null, assigneeId: null, handoffReason: null });
    expect(await agentTrail(email.id)).toEqual([]);

    await moveToUnit(email.id, unit.id);
    crashOn.delete(subject);
    expect(await sweepUnreviewed({ now: later(), unitIds: [unit.id] })).toEqual({ reviewed: 1, autoHandled: 0, handedOff: 1, agentFailed: 0 });
    const task = await db.task.findUniqueOrThrow({ where: { emailId: email.id } });
    expect(task).toMatchObject({ status: 'OPEN', assigneeId: ann.id, handoffReason: 'an inquiry: a person must answer it' });
    expect(task.agentReviewedAt).toBeInstanceOf(Date);
    expect(await agentTrail(email.id)).toEqual([{ action: 'agent.handed_off', actorId: unit.key, after: expect.objectContaining({ reason: task.handoffReason }) }]);

    expect(await sweepUnreviewed({ now: later(), unitIds: [unit.id] })).toMatchObject({ reviewed: 0 });
  });

  it('hands an email the agent fails on again to people, saying so', async () => {
    const { unit, ann } = await testUnit();
    const { result } = await ingestWithCrash();
    await moveToUnit(result.id, unit.id);
    expect(await sweepUnreviewed({ now: later(), unitIds: [unit.id] })).toEqual({ reviewed: 1, autoHandled: 0, handedOff: 1, agentFailed: 1 });
    const task = await db.task.findUniqueOrThrow({ where: { emailId: result.id } });
    expect(task).toMatchObject({ status: 'OPEN', assigneeId: ann.id, handoffReason: 'the agent could not process this email (simulated agent crash): a person must handle it' });
    expect(await agentTrail(result.id)).toMatchObject([{ action: 'agent.failed', actorId: unit.key }]);
  });

  it('does not hold back the other emails decided with it', async () => {
    const { result, fine } = await ingestWithCrash();
    expect((await db.task.findUniqueOrThrow({ where: { emailId: fine.id } })).agentReviewedAt).toBeInstanceOf(Date);
    expect((await db.task.findUniqueOrThrow({ where: { emailId: result.id } })).agentReviewedAt).toBeNull();
  });
});
