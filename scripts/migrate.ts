// Prisma migrations without the native schema engine (it cannot be downloaded here): the same engine compiled to
// WebAssembly writes and applies the SQL, recording each run in `_prisma_migrations` exactly like `prisma migrate deploy`.
//   npm run db:migrate                    apply pending migrations to DATABASE_URL
//   npm run db:migration -- <name>        write a new migration (SQLite and Postgres) from schema changes
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { postgresSchema } from './prisma-generate';

type Provider = 'sqlite' | 'postgresql';
type Engine = {
  diff(p: object): Promise<{ stdout: string | null }>;
  applyMigrations(p: object): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

const root = path.resolve(import.meta.dirname, '..');
const migrationsRoot = path.join(root, 'prisma/migrations');
const snapshotPath = path.join(migrationsRoot, 'schema.snapshot.prisma');
const filters = { externalTables: [], externalEnums: [] };

export const providerOf = (url: string): Provider => (/^postgres(ql)?:/.test(url) ? 'postgresql' : 'sqlite');

/** Loads the wasm engine by hand, so no `--experimental-wasm-modules` flag is needed. */
let engineModule: Promise<{ SchemaEngine: { new: (o: object, cb: () => void, a: object) => Promise<Engine> } }> | undefined;
const sharedModule = globalThis as { hbEngineModule?: typeof engineModule };
const loadEngineModule = () => (engineModule ??= sharedModule.hbEngineModule ??= instantiateEngine());

async function instantiateEngine() {
  // The wasm build reports Rust panics through this global; without it a panic hides behind a TypeError.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bg = await import(path.join(dir, 'schema_engine_bg.js'));
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as { SchemaEngine: { new: (o: object, cb: () => void, a: object) => Promise<Engine> } };
}

function adapterFor(url: string) {
  if (providerOf(url) === 'postgresql') return new PrismaPg({ connectionString: url });
  return new PrismaBetterSqlite3({ url: sqliteFile(url) });
}

/** `file:./data/dev.db` → absolute path, relative to the project root (as the app resolves it too). */
export function sqliteFile(url: string) {
  const file = url.replace(/^file:/, '');
  if (file === ':memory:') return file;
  const abs = path.isAbsolute(file) ? file : path.join(root, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  return abs;
}

function schemaFor(provider: Provider, text: string) {
  return provider === 'postgresql' ? postgresSchema(text) : text;
}

// The wasm engine is one shared instance: callers in the same process (e.g. two test projects) take turns.
// The queue lives on globalThis because test runners may load this module twice in one process.
const shared = globalThis as { hbEngineQueue?: Promise<unknown> };
function withEngine<T>(url: string, schema: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const run = (shared.hbEngineQueue ?? Promise.resolve()).then(() => withEngineNow(url, schema, fn));
  shared.hbEngineQueue = run.catch(() => undefined);
  return run;
}

async function withEngineNow<T>(url: string, schema: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const factory = adapterFor(url);
  // engine.free() leaves the engine's connections open until GC; a SQLite file would stay locked for the next client.
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // adapter-pg splits a script at every ';', which cuts plpgsql function bodies apart; `prisma migrate deploy` sends a
    // migration whole, which Postgres runs as one implicit transaction. Do the same.
    if (providerOf(url) === 'postgresql') adapter.executeScript = (script) => adapter.executeRaw({ sql: script, args: [], argTypes: [] }).then(() => undefined);
    opened.push(adapter);
    return adapter;
  };
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/** Applies every pending migration of the URL's provider; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  const baseDir = path.join(migrationsRoot, provider);
  const dirs = readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const schema = schemaFor(provider, readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8'));
  return withEngine(url, schema, async (engine) => {
    const out = await engine.applyMigrations({
      migrationsList: {
        baseDir,
        lockfile: { path: 'migration_lock.toml', content: readFileSync(path.join(baseDir, 'migration_lock.toml'), 'utf8') },
        shadowDbInitScript: '',
        migrationDirectories: dirs.map((d) => ({
          path: d,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(path.join(baseDir, d, 'migration.sql'), 'utf8') } },
        })),
      },
      filters,
    });
    return out.appliedMigrationNames;
  });
}

/** Writes `<timestamp>_<name>/migration.sql` for both providers from the change since the last snapshot. */
async function createMigration(name: string) {
  const current = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const url = provider === 'sqlite' ? 'file::memory:' : (process.env.TEST_POSTGRES_URL ?? 'postgresql://localhost/unused');
    const to = { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaFor(provider, current) }] };
    const from = previous ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaFor(provider, previous) }] } : { tag: 'empty' };
    const sql = await withEngine(url === 'file::memory:' ? 'file::memory:' : url, schemaFor(provider, current), (e) =>
      e.diff({ from, to, script: true, exitCode: null, filters }).then((r) => r.stdout ?? ''),
    );
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log(`${provider}: no schema changes`);
      continue;
    }
    const dir = path.join(migrationsRoot, provider, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    writeFileSync(path.join(migrationsRoot, provider, 'migration_lock.toml'), `provider = "${provider}"\n`);
    console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
  }
  writeFileSync(snapshotPath, current);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--create') {
    if (!args[1] || !/^[a-z0-9_]+$/.test(args[1])) throw new Error('usage: npm run db:migration -- <snake_case_name>');
    await createMigration(args[1]);
  } else {
    const url = process.env.DATABASE_URL ?? 'file:./data/dev.db';
    const applied = await migrate(url);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  }
}
