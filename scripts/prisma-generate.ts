// Generates both Prisma clients (SQLite default, Postgres twin) without downloading any engine:
// Prisma 7 clients need no Rust engine, and the CLI only wants *a* schema-engine path to exist.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const sqliteSchemaPath = path.join(root, 'prisma/schema.prisma');
export const postgresSchemaPath = path.join(root, 'lib/generated/postgres-schema/schema.prisma');

/** The Postgres schema is the SQLite one with provider and output swapped. */
export function postgresSchema(sqlite: string): string {
  return sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../postgres"');
}

function generate(schema: string) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', schema], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, postgresSchema(readFileSync(sqliteSchemaPath, 'utf8')));
  generate(sqliteSchemaPath);
  generate(postgresSchemaPath);
}
