// A business unit of its own for agent and coordinator tests, so sweeps and escalations scoped to it never touch
// the tasks other tests (sharing the database) are looking at.
import { randomUUID } from 'node:crypto';
import { agentsSettled } from '@/lib/agents/run';
import { db } from '@/lib/db';
import { ingest } from '@/lib/email/pipeline';

export async function testUnit(sla = { urgent: 60, high: 120, normal: 480, low: 1440 }) {
  const key = `test-${randomUUID().slice(0, 8)}`;
  const unit = await db.businessUnit.create({
    data: { key, name: `Test Office ${key}`, email: `${key}@h-bu.de`, specialization: 'Agent tests', slaUrgentMinutes: sla.urgent, slaHighMinutes: sla.high, slaNormalMinutes: sla.normal, slaLowMinutes: sla.low },
  });
  const member = (name: string) => db.user.create({ data: { email: `${name.toLowerCase()}.${key}@h-bu.de`, name: `${name} ${key}`, role: 'AGENT', passwordHash: '-', businessUnitId: unit.id } });
  const [ann, ben] = await Promise.all([member('Ann'), member('Ben')]);
  return { unit, ann, ben };
}

/** What a person's "change unit" does, for an email already stored: its email and task now belong to `unitId`. */
export async function moveToUnit(emailId: string, unitId: string, task: { assigneeId?: string | null } = {}) {
  await db.email.update({ where: { id: emailId }, data: { businessUnitId: unitId } });
  return db.task.update({ where: { emailId }, data: { businessUnitId: unitId, ...task } });
}

/** ingest(), then the unit agent's decision, which follows once ingest has answered. */
export async function ingestDecided(...args: Parameters<typeof ingest>) {
  const result = await ingest(...args);
  await agentsSettled();
  return result;
}
