import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
});
