// Every task action goes through its route handler and lands in the audit log; a reply goes through the outbox.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PATCH } from '@/app/api/tasks/[id]/route';
import { POST as reply } from '@/app/api/tasks/[id]/reply/route';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { storeEmail } from '@/tests/kpi-fixtures';

const HOUR = 3_600_000;

async function openTask(fromAddress = 'waiting@example.org') {
  const receivedAt = new Date(Date.now() - HOUR);
  const email = await storeEmail({ receivedAt, unit: 'support', priority: 'NORMAL', subject: 'Where are my buttons?', fromAddress, task: { slaDueAt: new Date(+receivedAt + 8 * HOUR) } });
  return { email, task: email.task! };
}

const act = async (taskId: string, body: unknown, as = 'manager@h-bu.de') =>
  PATCH(await request(`/api/tasks/${taskId}`, { method: 'PATCH', body, as: { email: as } }), params({ id: taskId }));

const audit = (taskId: string) => db.activity.findMany({ where: { entityType: 'task', entityId: taskId }, orderBy: { createdAt: 'asc' } });

describe('task actions', () => {
  it('assign, change unit, change priority, close and reopen are each audited', async () => {
    const { task } = await openTask();
    const agent = await db.user.findUniqueOrThrow({ where: { email: 'agent@h-bu.de' } });

    expect((await act(task.id, { action: 'assign', assigneeId: agent.id })).status).toBe(200);
    expect(await db.notification.count({ where: { userId: agent.id, kind: 'assignment', link: { contains: task.emailId } } })).toBe(1);

    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('IN_PROGRESS');

    const changed = await act(task.id, { action: 'change_unit', unit: 'quality' });
    expect(changed.status).toBe(200);
    const quality = await db.businessUnit.findUniqueOrThrow({ where: { key: 'quality' } });
    const afterUnit = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: { email: true } });
    expect(afterUnit.businessUnitId).toBe(quality.id);
    // The new unit picks its own person, so nobody is working on it any more.
    expect(afterUnit).toMatchObject({ assigneeId: null, status: 'OPEN' });
    expect(afterUnit.email.businessUnitId).toBe(quality.id);
    expect(+afterUnit.slaDueAt).toBe(+afterUnit.email.receivedAt + quality.slaNormalMinutes * 60_000);

    expect((await act(task.id, { action: 'change_priority', priority: 'URGENT' })).status).toBe(200);
    expect(+(await db.task.findUniqueOrThrow({ where: { id: task.id } })).slaDueAt).toBe(+afterUnit.email.receivedAt + quality.slaUrgentMinutes * 60_000);

    expect((await act(task.id, { action: 'close' })).status).toBe(200);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).closedAt).not.toBeNull();
    expect((await act(task.id, { action: 'reopen' })).status).toBe(200);

    const log = await audit(task.id);
    expect(log.map((a) => a.action)).toEqual(['task.assign', 'task.change_unit', 'task.change_priority', 'task.close', 'task.reopen']);
    expect(log.every((a) => a.actorType === 'user' && a.actorName === 'Margaret Manager')).toBe(true);
    expect(log[1]).toMatchObject({ before: { assigneeId: agent.id, status: 'IN_PROGRESS' }, after: { assigneeId: null, status: 'OPEN' } });
    expect(log[3]).toMatchObject({ before: { status: 'OPEN' }, after: { status: 'CLOSED' } });
  });

  it('unassigning a task in progress puts it back in the open queue', async () => {
    const { task } = await openTask();
    const agent = await db.user.findUniqueOrThrow({ where: { email: 'agent@h-bu.de' } });
    await act(task.id, { action: 'assign', assigneeId: agent.id });
    expect((await act(task.id, { action: 'assign', assigneeId: null })).status).toBe(200);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assigneeId: null, status: 'OPEN' });
  });

  it('setting what is already set changes nothing: no unassignment, no audit entry', async () => {
    const { task } = await openTask();
    const agent = await db.user.findUniqueOrThrow({ where: { email: 'agent@h-bu.de' } });
    await act(task.id, { action: 'assign', assigneeId: agent.id });
    for (const body of [{ action: 'assign', assigneeId: agent.id }, { action: 'change_unit', unit: 'support' }, { action: 'change_priority', priority: 'NORMAL' }]) {
      expect((await act(task.id, body)).status).toBe(200);
    }
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assigneeId: agent.id, status: 'IN_PROGRESS' });
    expect((await audit(task.id)).map((a) => a.action)).toEqual(['task.assign']);
  });

  it('refuses to close a closed task or reopen an open one, and records nothing', async () => {
    const { task } = await openTask();
    const reopen = await act(task.id, { action: 'reopen' });
    expect(reopen.status).toBe(409);
    expect(reopen.headers.get('content-type')).toBe('application/problem+json');
    expect(await reopen.json()).toMatchObject({ status: 409, detail: 'The task is already open.' });

    expect((await act(task.id, { action: 'close' })).status).toBe(200);
    const closedAt = (await db.task.findUniqueOrThrow({ where: { id: task.id } })).closedAt;
    const again = await act(task.id, { action: 'close' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ detail: 'The task is already closed.' });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).closedAt).toEqual(closedAt);
    expect((await audit(task.id)).map((a) => a.action)).toEqual(['task.close']);
  });

  it('refuses a reply to an email without a sender address, and writes nothing', async () => {
    const { email, task } = await openTask('');
    const res = await reply(await request(`/api/tasks/${task.id}/reply`, { body: { body: 'Thanks, we will check.' }, as: { email: 'agent@h-bu.de' } }), params({ id: task.id }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'email.from', message: 'this email has no sender address to reply to' }] });
    expect(await db.outboxMessage.count({ where: { emailId: email.id } })).toBe(0);
    expect(await db.csatResponse.count({ where: { emailId: email.id } })).toBe(0);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ firstResponseAt: null, status: 'OPEN' });
    expect(await audit(task.id)).toHaveLength(0);
  });

  it('a reply is queued in the outbox with a rating link and sets the first response once', async () => {
    const { email, task } = await openTask();
    const res = await reply(await request(`/api/tasks/${task.id}/reply`, { body: { body: 'Dear customer,\n\nyour **buttons** left today.' }, as: { email: 'agent@h-bu.de' } }), params({ id: task.id }));
    expect(res.status).toBe(201);
    const outbox = await db.outboxMessage.findFirstOrThrow({ where: { emailId: email.id, kind: 'reply' } });
    expect(outbox).toMatchObject({ toAddress: 'waiting@example.org', fromAddress: 'support@h-bu.de', subject: 'Re: Where are my buttons?', status: 'PENDING' });
    expect(outbox.html).toContain('<strong>buttons</strong>');
    expect(outbox.text).toMatch(/\/csat\/[\w-]+\?rating=5/);
    expect(outbox.headers).toMatchObject({ 'In-Reply-To': email.messageId });
    const first = (await db.task.findUniqueOrThrow({ where: { id: task.id } })).firstResponseAt;
    expect(first).not.toBeNull();

    await reply(await request(`/api/tasks/${task.id}/reply`, { body: { body: 'And a second note.' }, as: { email: 'agent@h-bu.de' } }), params({ id: task.id }));
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).firstResponseAt).toEqual(first);
    expect((await audit(task.id)).map((a) => a.action)).toEqual(['task.replied', 'task.replied']);
  });

  it('refuses API keys, other roles and unknown units', async () => {
    const { task } = await openTask();
    const byKey = await PATCH(await request(`/api/tasks/${task.id}`, { method: 'PATCH', body: { action: 'close' }, as: { apiKey: TEST_API_KEY } }), params({ id: task.id }));
    expect(byKey.status).toBe(403);
    expect((await act(task.id, { action: 'close' }, 'sales@h-bu.de')).status).toBe(403);
    const unit = await act(task.id, { action: 'change_unit', unit: 'nowhere' });
    expect(unit.status).toBe(422);
    expect((await unit.json()).errors).toEqual([{ field: 'body.unit', message: 'is not a business unit' }]);
    const buyer = await db.user.findUniqueOrThrow({ where: { email: 'buyer@example.com' } });
    for (const assigneeId of ['nope', buyer.id]) {
      const assign = await act(task.id, { action: 'assign', assigneeId });
      expect(assign.status).toBe(422);
      expect((await assign.json()).errors).toEqual([{ field: 'body.assigneeId', message: 'is not an active staff member who works the inbox' }]);
    }
    expect((await act(task.id, { action: 'explode' })).status).toBe(422);
    expect(await audit(task.id)).toHaveLength(0);
  });
});
