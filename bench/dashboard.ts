/**
 * Dashboard scale: server response time of /dashboard, /kpi, /emails (first page and a search) and GET /api/emails,
 * one request at a time and under 50 concurrent kept-alive connections (after a warm-up round on them), against a database of 1,000,000 emails
 * and one of 10,000 — the 10k run is the baseline, so `ratio` = p95(1M) / p95(10k) says whether cost grows with history.
 *
 * Needs the production build (`npm run build`) and both databases:
 *   tsx scripts/seed-emails.ts --emails 1000000 --db file:./data/bench.db
 *   tsx scripts/seed-emails.ts --emails 10000 --db file:./data/bench-10k.db
 * Options: --large <url> --small <url> --requests 500 --app <dir with .next> (default: this project).
 * It starts the realtime server and `next start` on free ports, and signs in through the next-auth credentials callback.
 * It also times the server's floor the same way: a static file and the emptiest route (/api/system/live), no session.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRealtimeServer } from '../realtime/server';
import { freePort, underLoad, waitForServer } from './_server';

const TARGETS = {
  dashboard: '/dashboard',
  kpi: '/kpi',
  emails: '/emails',
  emails_search: `/emails?q=${encodeURIComponent('beschädigt')}`,
  api_emails: '/api/emails',
} as const;
type Target = keyof typeof TARGETS;
const IS_PAGE: Record<Target, boolean> = { dashboard: true, kpi: true, emails: true, emails_search: true, api_emails: false };
/** What this server needs for the least it can do, timed the same way and without a session: its floor. */
const FLOORS = { static_file: '/favicon.svg', bare_route: '/api/system/live' } as const;
type Floor = keyof typeof FLOORS;
const TARGET_P95 = { page: 200, api: 50 };
const CONNECTIONS = 50;
const SEQUENTIAL = 40;
const USER = { email: 'manager@h-bu.de', password: 'bench-password' };

const { values: args } = parseArgs({
  options: {
    large: { type: 'string', default: 'file:./data/bench.db' },
    small: { type: 'string', default: 'file:./data/bench-10k.db' },
    requests: { type: 'string', default: '500' },
    app: { type: 'string', default: '.' },
  },
});

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const round = (n: number) => Math.round(n * 10) / 10;

/** The session cookie the credentials sign-in issues, exactly as a browser would get it. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email: USER.email, password: USER.password, json: 'true' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

async function sequential(url: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie } : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

type Timing = { seqP50: number; seqP95: number; p50: number; p95: number; errors: number; emails: string };
type Measured = Record<Target | Floor, Timing>;

async function measure(dbUrl: string, label: string): Promise<Measured> {
  const { migrate } = await import('../scripts/migrate');
  const { seed } = await import('../prisma/seed');
  process.env.DEMO_PASSWORD = USER.password;
  await migrate(dbUrl);
  await seed(dbUrl); // idempotent; sets the demo passwords
  const realtime = await startRealtimeServer({ port: 0, appId: 'hb-bench', key: 'hb-bench-key', secret: 'hb-bench-secret' });
  const port = await freePort();
  const appDir = path.resolve(args.app);
  const child = spawn(path.join(appDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl.replace(/^file:\.\//, `file:${path.resolve('.')}/`),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      APP_URL: `http://127.0.0.1:${port}`,
      RATE_LIMIT_PER_MINUTE: '1000000000',
      PUSHER_APP_ID: 'hb-bench',
      PUSHER_KEY: 'hb-bench-key',
      PUSHER_SECRET: 'hb-bench-secret',
      PUSHER_HOST: '127.0.0.1',
      PUSHER_PORT: String(realtime.port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/login`, child);
    const cookie = await signIn(base);
    const out = {} as Measured;
    const paths = [...Object.entries(TARGETS).map(([name, p]) => [name, p, cookie]), ...Object.entries(FLOORS).map(([name, p]) => [name, p, ''])];
    for (const [name, p, session] of paths as [Target | Floor, string, string][]) {
      const seq = await sequential(base + p, session); // also the warm-up
      const load = await underLoad(base + p, { connections: CONNECTIONS, requests: Number(args.requests), headers: session ? { cookie: session } : {} });
      out[name] = { seqP50: quantile(seq, 0.5), seqP95: quantile(seq, 0.95), p50: quantile(load.latencies, 0.5), p95: quantile(load.latencies, 0.95), errors: load.errors, emails: label };
      console.error(`  ${label} ${name}: sequential p95 ${round(out[name].seqP95)} ms, ${CONNECTIONS} connections p95 ${round(out[name].p95)} ms`);
    }
    return out;
  } finally {
    child.kill('SIGTERM');
    await realtime.close();
  }
}

async function main() {
  if (!existsSync(path.resolve(args.app, '.next/BUILD_ID'))) throw new Error(`no production build in ${args.app}: run \`npm run build\` first`);
  for (const url of [args.large, args.small]) if (!existsSync(url.replace(/^file:/, ''))) throw new Error(`${url} does not exist: seed it with scripts/seed-emails.ts (see the header of this file)`);
  const small = await measure(args.small, '10k');
  const large = await measure(args.large, '1M');
  for (const name of Object.keys(TARGETS) as Target[]) {
    const target = IS_PAGE[name] ? TARGET_P95.page : TARGET_P95.api;
    const rows = [
      ['sequential_p95', large[name].seqP95, small[name].seqP95],
      [`c${CONNECTIONS}_p95`, large[name].p95, small[name].p95],
      [`c${CONNECTIONS}_p50`, large[name].p50, small[name].p50],
    ] as const;
    for (const [metric, value, baseline] of rows)
      console.log(JSON.stringify({ bench: 'dashboard', metric: `${name}_${metric}_1M`, value: round(value), unit: 'ms', baseline: round(baseline), ratio: Math.round((value / baseline) * 100) / 100, target, path: TARGETS[name], errors: large[name].errors + small[name].errors }));
  }
  // The floor: a page cannot be cheaper than a file from the same server, nor an API than its emptiest route.
  for (const name of Object.keys(FLOORS) as Floor[]) {
    const p95 = Math.max(large[name].p95, small[name].p95);
    const target = name === 'bare_route' ? TARGET_P95.api : TARGET_P95.page;
    console.log(JSON.stringify({ bench: 'dashboard', metric: `floor_${name}_c${CONNECTIONS}_p95`, value: round(p95), unit: 'ms', baseline: target, ratio: Math.round((p95 / target) * 100) / 100, path: FLOORS[name], errors: large[name].errors + small[name].errors, note: 'ratio = floor / the target it bounds' }));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
