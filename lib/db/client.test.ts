import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from './client';

const root = mkdtempSync(path.join(os.tmpdir(), 'hb-client-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createPrismaClient (SQLite)', () => {
  it('opens a database in a folder that does not exist yet, as on a fresh clone', async () => {
    const file = path.join(root, 'data', 'fresh.db');
    const client = createPrismaClient(`file:${file}`);
    try {
      expect(await client.$queryRaw<{ one: bigint }[]>`SELECT 1 AS one`).toEqual([{ one: 1n }]);
      expect(existsSync(file)).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });

  it('commits without checkpointing: a worker thread copies the WAL into the database file', async () => {
    const file = path.join(root, 'checkpointed.db');
    const client = createPrismaClient(`file:${file}`);
    try {
      expect(await client.$queryRawUnsafe('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0n }]);
      await client.$executeRawUnsafe('CREATE TABLE filler (body TEXT)');
      const before = statSync(file).size;
      // About 2 MB: half of what makes a commit checkpoint by SQLite's default, so only the worker copies it over.
      for (let i = 0; i < 8; i++) await client.$executeRawUnsafe(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO filler SELECT hex(randomblob(128)) FROM n`);
      await expect.poll(() => statSync(file).size - before, { timeout: 10_000 }).toBeGreaterThan(2_000_000);
    } finally {
      await client.$disconnect();
    }
  });
});
