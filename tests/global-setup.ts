// Before the suite: a fresh database (migrated + seeded) and a real realtime server, both on loopback.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Client } from 'pg';
import { migrate } from '../scripts/migrate';
import { seed } from '../prisma/seed';
import { startRealtimeServer } from '../realtime/server';

export const TEST_API_KEY = 'hb_test_integrator_key_0123456789';

export default async function setup(project: TestProject) {
  const postgres = project.config.env?.HB_TEST_DB === 'postgres';
  const sqliteFile = path.resolve(`data/test-${process.pid}.db`); // one file per run, so parallel runs never collide
  const url = postgres ? await freshPostgres(process.env.TEST_POSTGRES_URL!) : freshSqlite(sqliteFile);
  const vars: Record<string, string> = {
    DATABASE_URL: url,
    SEED_API_KEY: TEST_API_KEY,
    DEMO_PASSWORD: 'test-password',
    CRON_SECRET: 'test-cron-secret-0123456789',
    OUTBOX_DIR: path.resolve('data/test-outbox'),
  };
  Object.assign(process.env, vars); // for the seed, here
  await migrate(url);
  await seed(url);
  const realtime = await startRealtimeServer({ port: 0, appId: 'hb-test', key: 'hb-test-key', secret: 'hb-test-secret' });
  Object.assign(vars, { PUSHER_APP_ID: 'hb-test', PUSHER_KEY: 'hb-test-key', PUSHER_SECRET: 'hb-test-secret', PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(realtime.port) });
  // The project's own env, not process.env: when both projects run in one vitest process, the second setup would
  // otherwise point the first project's tests at its database too.
  Object.assign((project.config.env ??= {}), vars);
  return async () => {
    await realtime.close();
    if (!postgres) removeSqlite(sqliteFile);
  };
}

function removeSqlite(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function freshSqlite(file: string) {
  removeSqlite(file);
  return `file:${file}`;
}

async function freshPostgres(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
  return url;
}
