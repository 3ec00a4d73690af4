// Prisma's SQLite adapter calls better-sqlite3's prepare() for every query, and SQLite parses and plans the SQL again
// each time. Pages and the pipeline run the same few hundred SQL texts over and over, so the compiled statements of
// recently used texts are kept and reused.
import type Database from 'better-sqlite3';

const LIMIT = 500;

/** What the adapter does with a prepared statement: bind once, then read or run it. */
type Reusable = Pick<Database.Statement, 'reader' | 'run'> & { bind(args: unknown[]): Bound };
type Bound = Pick<Database.Statement, 'reader' | 'columns'> & { run(): Database.RunResult; raw(): { all(): unknown[] } };

/** A cached statement must not be bound for good (bind() is once per statement), so the arguments go with each call. */
function reusable(stmt: Database.Statement): Reusable {
  return {
    reader: stmt.reader,
    run: () => stmt.run(),
    bind: (args) => ({
      reader: stmt.reader,
      columns: () => stmt.columns(),
      run: () => stmt.run(args),
      raw: () => ({ all: () => stmt.raw(true).all(args) }),
    }),
  };
}

/** Makes `conn.prepare` reuse the compiled statement of an SQL text seen recently (least recently used go first). */
export function cacheStatements(conn: Database.Database) {
  const prepare = conn.prepare.bind(conn);
  const cache = new Map<string, Reusable>();
  conn.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) cache.delete(sql);
    else stmt = reusable(prepare(sql));
    cache.set(sql, stmt);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
    return stmt;
  }) as unknown as typeof conn.prepare;
}
