// `npm start`: everything a newcomer needs on one laptop — migrated + seeded SQLite, the embedded realtime server,
// the production build of the app, and the cron scheduler. Ctrl-C stops every child cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
if (existsSync('.env')) process.loadEnvFile('.env');

const { parseEnv } = await import('../lib/config/env');
const { companyConfig } = await import('../lib/config/company');
const { DEMO_USERS } = await import('../prisma/seed/people');

let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(process.env);
  companyConfig();
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}\n`);
  process.exit(1);
}

const port = Number(process.env.PORT || new URL(env.APP_URL).port || 3000);
const children: ChildProcess[] = [];
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const tsx = ['--import', 'tsx']; // one process per child (the tsx CLI would add a wrapper process)
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
// Children get the validated values (defaults filled in), so every process agrees on ports and secrets.
const resolved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
const childEnv: NodeJS.ProcessEnv = { ...process.env, ...resolved, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', APP_URL: appUrl, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl };

function run(cmd: string, args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: childEnv });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}

function keep(cmd: string, args: string[], label: string) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: childEnv });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✖ ${label} stopped (${signal ?? `exit ${code}`}); shutting down.`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

/** Rebuild only when a source file is newer than the last build. */
function buildIsStale(): boolean {
  const buildId = '.next/BUILD_ID';
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((d) => {
      const p = path.join(dir, d.name);
      return d.isDirectory() ? d.name !== 'generated' && newer(p) : statSync(p).mtimeMs > built;
    });
  return ['app', 'components', 'lib', 'public', 'config'].some(newer) || ['package.json', 'next.config.mjs', 'proxy.ts'].some((f) => existsSync(f) && statSync(f).mtimeMs > built);
}

let stopping = false;
async function stop(code = 0) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => children.forEach((c) => c.kill('SIGKILL')), 5_000).unref();
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

console.log('› preparing the database');
await run(process.execPath, [...tsx, 'scripts/migrate.ts'], 'migration');
await run(process.execPath, [...tsx, 'prisma/seed.ts'], 'seed');

if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
  console.log('› building the app (first start takes a minute or two)');
  await run(bin('next'), ['build'], 'build');
}

const embeddedRealtime = ['127.0.0.1', 'localhost'].includes(env.PUSHER_HOST);
if (embeddedRealtime) keep(process.execPath, [...tsx, 'realtime/main.ts'], 'realtime server');
keep(bin('next'), ['start', '-p', String(port), '-H', process.env.HOSTNAME ?? '0.0.0.0'], 'web server');

await waitFor(`http://127.0.0.1:${port}/api/system/health`);
if (stopping) await new Promise(() => {}); // a child died while we waited; stop() exits
if (process.env.DISABLE_SCHEDULER !== '1') keep(process.execPath, [...tsx, 'scripts/scheduler.ts'], 'scheduler');

console.log(`
  Happy Buttons is ready on ${appUrl}
  Demo logins (password: ${env.DEMO_PASSWORD}):
${DEMO_USERS.map((u) => `    ${u.role.padEnd(9)} ${u.email}`).join('\n')}
  Realtime: ${embeddedRealtime ? `embedded Pusher-protocol server on ${env.PUSHER_HOST}:${env.PUSHER_PORT}` : env.PUSHER_HOST}
  Press Ctrl-C to stop.
`);

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${url} did not answer`);
}
