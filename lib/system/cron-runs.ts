// Every cron route records what it did; the scheduler health and the system status read these rows.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';

/** Runs `job`, recording start, finish, counts and the error if it throws (then rethrows). */
export async function recordCronRun<T extends Record<string, unknown>>(job: string, work: () => Promise<T>): Promise<T> {
  const run = await db.cronRun.create({ data: { job } });
  try {
    const counts = await work();
    await db.cronRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ok: true, counts: counts as Prisma.InputJsonValue } });
    return counts;
  } catch (error) {
    await db.cronRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ok: false, error: String((error as Error).message ?? error) } });
    throw error;
  }
}
