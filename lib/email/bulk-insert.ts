// Multi-row INSERT through the one Prisma client, for the ingest hot path. createMany sends every value through
// Prisma's query compiler, which measured about 7x slower than a parameterized INSERT … VALUES (…), (…) for
// email-sized rows. Prisma still writes the placeholders (? or $n); Postgres needs casts for enum, jsonb and
// timestamp columns, SQLite none. Values are bound, never spliced into the SQL.
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import { onPostgres } from '@/lib/db/client';

/** The Postgres type a column needs its parameter cast to; null for text, integer and boolean columns. */
export type PgCast = 'jsonb' | 'timestamp(3)' | 'bytea' | 'integer' | `"${string}"` | null;
export type ColumnSpec<Row> = { [K in keyof Row]?: PgCast };

// lib/db.ts picks the adapter from the same variable.
const postgres = onPostgres();
// SQLite allows 32,766 bound values per statement, Postgres 65,535.
const MAX_VALUES = 30_000;

/** One bound value, cast for Postgres where the column needs it. */
export function bind(value: unknown, cast: PgCast | undefined): Prisma.Sql {
  const v = cast === 'jsonb' && value !== null && value !== undefined ? JSON.stringify(value) : (value ?? null);
  return postgres && cast ? Prisma.sql`${v}::${Prisma.raw(cast)}` : Prisma.sql`${v}`;
}

/**
 * INSERT statements (one per chunk) for use inside db.$transaction([...]), or run on `client` (an interactive
 * transaction's). Every column in `columns` is written.
 */
export function insertRows<Row extends object>(table: string, columns: ColumnSpec<Row>, rows: readonly Row[], client: Pick<typeof db, '$executeRaw'> = db): Prisma.PrismaPromise<number>[] {
  const names = Object.keys(columns) as (keyof Row & string)[];
  if (!rows.length) return [];
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / names.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES `);
  const statements: Prisma.PrismaPromise<number>[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const tuples = rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(names.map((n) => bind(row[n], columns[n])))})`);
    statements.push(client.$executeRaw`${head}${Prisma.join(tuples)}`);
  }
  return statements;
}
