import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache';

/** The calls Prisma's adapter makes: prepare(sql).bind(args), then raw().all() for reads or run() for writes. */
type AdapterView = { prepare(sql: string): { reader: boolean; run(): { changes: number }; bind(args: unknown[]): { reader: boolean; columns(): { name: string }[]; run(): { changes: number }; raw(): { all(): unknown[][] } } } };

function connection() {
  const conn = new Database(':memory:');
  conn.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
  cacheStatements(conn);
  return conn as unknown as AdapterView & Database.Database;
}

describe('cacheStatements', () => {
  it('reuses one compiled statement for the same SQL with different arguments', () => {
    const conn = connection();
    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    expect(conn.prepare(insert).bind([1, 'Anna']).run().changes).toBe(1);
    expect(conn.prepare(insert).bind([2, 'Bert']).run().changes).toBe(1);
    const select = 'SELECT id, name FROM t WHERE id = ?';
    const first = conn.prepare(select).bind([1]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(['id', 'name']);
    expect(first.raw().all()).toEqual([[1, 'Anna']]);
    expect(conn.prepare(select).bind([2]).raw().all()).toEqual([[2, 'Bert']]);
    expect(conn.prepare(select)).toBe(conn.prepare(select));
  });

  it('runs unbound statements such as BEGIN and keeps at most 500 texts', () => {
    const conn = connection();
    conn.prepare('BEGIN').run();
    conn.prepare('COMMIT').run();
    const oldest = conn.prepare('SELECT 0 AS n');
    for (let i = 1; i <= 500; i++) conn.prepare(`SELECT ${i} AS n`);
    expect(conn.prepare('SELECT 0 AS n')).not.toBe(oldest);
    expect(conn.prepare('SELECT 500 AS n').bind([]).raw().all()).toEqual([[500]]);
  });
});
