// Live health of the parts the app depends on, measured on each call.
import { db } from '@/lib/db';
import { pusherServer } from '@/lib/realtime/publish';
import pkg from '@/package.json';

export type CheckStatus = 'ok' | 'degraded' | 'down';
export type Check = { status: CheckStatus; latencyMs?: number; detail?: string; [k: string]: unknown };
export type Health = {
  status: CheckStatus;
  timestamp: string;
  version: string;
  checks: { database: Check; realtime: Check; scheduler: Check; outbox: Check };
};

const SCHEDULER_STALE_MS = 5 * 60_000; // the most frequent job runs every minute
const OUTBOX_STALE_SECONDS = 15 * 60;

async function timed(fn: () => Promise<Check>): Promise<Check> {
  const start = performance.now();
  try {
    const result = await fn();
    return { ...result, latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), detail: (error as Error).message };
  }
}

const checkDatabase = () =>
  timed(async () => {
    await db.$queryRawUnsafe('SELECT 1');
    return { status: 'ok' };
  });

/** A signed channels query works against our realtime server, soketi and Pusher cloud alike. */
const checkRealtime = () =>
  timed(async () => {
    const res = await withTimeout(pusherServer().get({ path: '/channels' }), 2_000);
    if (res.status !== 200) return { status: 'down', detail: `HTTP ${res.status}` };
    const { channels } = (await res.json()) as { channels: Record<string, unknown> };
    return { status: 'ok', channels: Object.keys(channels ?? {}).length };
  });

const checkScheduler = () =>
  timed(async () => {
    const last = await db.cronRun.findFirst({ orderBy: { startedAt: 'desc' }, select: { job: true, startedAt: true, ok: true } });
    if (!last) return { status: 'down', detail: 'no cron job has run yet' };
    const age = Date.now() - last.startedAt.getTime();
    const failing = await db.cronRun.count({ where: { ok: false, startedAt: { gte: new Date(Date.now() - SCHEDULER_STALE_MS) } } });
    return {
      status: age > SCHEDULER_STALE_MS ? 'down' : failing ? 'degraded' : 'ok',
      lastRunAt: last.startedAt.toISOString(),
      lastJob: last.job,
      failedRecently: failing,
      ...(age > SCHEDULER_STALE_MS && { detail: `last run ${Math.round(age / 1000)} s ago` }),
    };
  });

const checkOutbox = () =>
  timed(async () => {
    const [pending, failed, oldest] = await Promise.all([
      db.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } }),
      db.outboxMessage.count({ where: { status: 'FAILED' } }),
      db.outboxMessage.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
    ]);
    const oldestPendingSeconds = oldest ? Math.round((Date.now() - oldest.createdAt.getTime()) / 1000) : 0;
    const status: CheckStatus = oldestPendingSeconds > OUTBOX_STALE_SECONDS || failed > 0 ? 'degraded' : 'ok';
    return { status, pending, failed, oldestPendingSeconds };
  });

export async function systemHealth(): Promise<Health> {
  const [database, realtime, scheduler, outbox] = await Promise.all([checkDatabase(), checkRealtime(), checkScheduler(), checkOutbox()]);
  const checks = { database, realtime, scheduler, outbox };
  const statuses = Object.values(checks).map((c) => c.status);
  const status: CheckStatus = statuses.includes('down') ? 'down' : statuses.includes('degraded') ? 'degraded' : 'ok';
  return { status, timestamp: new Date().toISOString(), version: pkg.version, checks };
}

const RECENT_MS = 5_000;
let recent: { at: number; health: Promise<Health> } | null = null;

/**
 * For pages: one check serves every render for a few seconds (each check is five queries and a round trip to the
 * realtime server, and a busy dashboard renders many times a second). The result carries its own timestamp.
 * /api/system/health keeps checking on every call.
 */
export function recentSystemHealth(now = Date.now()): Promise<Health> {
  if (!recent || now - recent.at > RECENT_MS) recent = { at: now, health: systemHealth() };
  return recent.health;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
