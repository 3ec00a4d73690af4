import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ingest } from '@/lib/email/pipeline';
import { fixture, uniqueCopy } from '@/tests/fixtures/email';
import { overview } from './overview';

// Tasks of this file are due in June 1999, so at that `now` no other test's task is at risk or overdue.
const now = new Date('1999-06-01T12:00:00Z');
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

async function taskDue(slaDueAt: Date, answered: boolean) {
  const { raw } = uniqueCopy(fixture('complaint-de.eml'), { From: `Overview Test <overview.${randomUUID().slice(0, 8)}@customer.example>` });
  const { id } = await ingest(raw, { receivedAt: minutes(-240) });
  const task = await db.task.findUniqueOrThrow({ where: { emailId: id }, include: { businessUnit: { select: { key: true } } } });
  await db.task.update({ where: { id: task.id }, data: { status: 'OPEN', closedAt: null, slaDueAt, firstResponseAt: answered ? minutes(-200) : null } });
  return task.businessUnit.key;
}

describe('overview', () => {
  it('counts open tasks per unit with the at-risk and overdue ones among them', async () => {
    const unit = await taskDue(minutes(30), false); // at risk
    await taskDue(minutes(-30), false); // overdue
    await taskDue(minutes(-30), true); // answered late: breached, but neither at risk nor overdue
    await taskDue(minutes(600), false); // fine
    const data = await overview(now);
    const row = data.units.find((u) => u.key === unit)!;
    expect(row).toMatchObject({ atRisk: 1, overdue: 1 });
    expect(row.open).toBeGreaterThanOrEqual(4);
    expect(data.atRisk).toBe(1);
    expect(data.overdue).toBe(1);
    expect(data.openTasks).toBeGreaterThanOrEqual(4);
  });
});
