import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ingestDecided } from '@/tests/agent-fixtures';
import { fixture, uniqueCopy } from '@/tests/fixtures/email';
import { listEmailsJson } from './list-cache';
import { emailListQuery } from './queries';
import type { EmailSummary } from './views';

// Mail of this file arrives on one day in 2002, so the date filter isolates it from other tests' mail.
const day = new Date('2002-05-06T00:00:00Z');
const query = emailListQuery.parse({ from: day.toISOString(), to: new Date(day.getTime() + 86_400_000).toISOString() });
const VERSION = { key: 'email_list.version' };

let id: string;
const read = async (now = new Date()) => (JSON.parse(new TextDecoder().decode(await listEmailsJson(query, now))) as { items: EmailSummary[] }).items;

beforeAll(async () => {
  const { raw } = uniqueCopy(fixture('complaint-de.eml'), { From: `Cache Test <cache.${randomUUID().slice(0, 8)}@customer.example>` });
  // Decided, so the agent's hand-off (a write that changes the version) is not taken for one of the test's writes.
  id = (await ingestDecided(raw, { receivedAt: new Date(day.getTime() + 3_600_000) })).id;
});

describe('the email list kept in memory', () => {
  it('answers from memory while the version is unchanged, and sees every write that changes it', async () => {
    const [before] = await read();
    expect([before.id, before.priority]).toEqual([id, 'NORMAL']);
    const { value } = await db.counter.findUniqueOrThrow({ where: VERSION });

    // A write that leaves the version as it was is not seen: the page really comes from memory …
    await db.$transaction([db.email.update({ where: { id }, data: { priority: 'URGENT' } }), db.counter.update({ where: VERSION, data: { value } })]);
    expect((await read())[0].priority).toBe(before.priority);
    await db.email.update({ where: { id }, data: { priority: 'URGENT' } });
    expect((await read())[0].priority).toBe('URGENT');

    // … and the triggers change the version for writes by any path, including to the names shown beside an email.
    const agent = await db.user.findUniqueOrThrow({ where: { email: 'quality.agent@h-bu.de' } });
    await db.task.update({ where: { emailId: id }, data: { assigneeId: agent.id } });
    expect((await read())[0].task?.assignee).toEqual({ id: agent.id, name: agent.name });
    await db.user.update({ where: { id: agent.id }, data: { name: 'Renamed Agent' } });
    try {
      expect((await read())[0].task?.assignee?.name).toBe('Renamed Agent');
    } finally {
      await db.user.update({ where: { id: agent.id }, data: { name: agent.name } });
    }
    const reply = await db.outboxMessage.findFirstOrThrow({ where: { emailId: id, kind: 'auto_reply' } });
    await db.outboxMessage.update({ where: { id: reply.id }, data: { status: 'FAILED' } });
    expect((await read())[0].autoReply?.status).toBe('FAILED');
  });

  it('computes a page again when an SLA state on it falls due, without any write', async () => {
    const due = new Date('2030-01-01T12:00:00Z');
    await db.task.update({ where: { emailId: id }, data: { slaDueAt: due, firstResponseAt: null, closedAt: null, status: 'OPEN' } });
    const at = (minutesBeforeDue: number) => new Date(due.getTime() - minutesBeforeDue * 60_000);
    expect((await read(at(120)))[0].sla).toBe('ok');
    expect((await read(at(61)))[0].sla).toBe('ok');
    expect((await read(at(30)))[0].sla).toBe('at_risk');
    expect((await read(at(-1)))[0].sla).toBe('breached');
  });
});
