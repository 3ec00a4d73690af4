/**
 * Inbound email throughput on simulator traffic, three ways in one run over the same seeded messages:
 *   (c) baseline: bare mailparser `simpleParser`, one message after the other;
 *   (a) in-process: `ingest()` into a fresh, migrated and seeded SQLite database (data/bench-pipeline.db), 16 calls
 *       in flight as mail arriving together would be (the store commits such emails as one group); then, for the
 *       simulator's one-after-the-other use, a sequential run over a second set of messages into the same database;
 *   (b) over HTTP: the real POST /api/emails/inbound route handler behind a minimal node:http server, fed by
 *       16 concurrent clients with the integrator API key.
 * The HTTP server runs in its own process with its own fresh database (data/bench-pipeline-http.db), as a deployed
 * app would, so the clients do not share its event loop and (b) stores the same messages (a) stored.
 * Realtime announcements go to the embedded Pusher-protocol server in a third process, as with `npm start`.
 * (c), (a) and (b) take turns in blocks over the messages, so drifting machine load does not favour one of them.
 * The agents decide after ingest() (and the API) have answered; (a)'s and (b)'s clocks run until they are done too.
 *
 *   npx tsx bench/pipeline.ts [--count 10000] [--seed 2026] [--sequential 2000] [--profile]
 * --profile writes a CPU profile of (a)'s first block to data/bench-pipeline.cpuprofile and prints where the time went.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { register } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Profiler } from 'node:inspector';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');
process.chdir(ROOT);

const CLIENTS = 16; // HTTP clients, and ingest() calls in flight in (a)
const WARMUP = 300;
const BLOCKS = 4;
const TARGET_IN_PROCESS = 60_000;
const TARGET_SHARE_OF_BASELINE = 0.25;
const TARGET_HTTP = 12_000;
const API_KEY = 'hb_bench_integrator_key_0123456789';
const quiet = { PUSHER_APP_ID: 'hb-bench', PUSHER_KEY: 'hb-bench-key', PUSHER_SECRET: 'hb-bench-secret', PUSHER_HOST: '127.0.0.1' };

type ServerMsg = { type: 'ready'; port: number } | { type: 'settled' };

const perMinute = (count: number, ms: number) => Math.round((count / ms) * 60_000);

/** A fresh SQLite file, migrated and seeded, for one measurement. */
async function freshDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, file + suffix), { force: true });
  const url = `file:./${file}`;
  const { migrate } = await import('../scripts/migrate');
  const { seed } = await import('../prisma/seed');
  await migrate(url);
  await seed(url);
  return url;
}

/** The route modules import 'server-only', which throws outside Next's server bundle; here we are the server. */
function allowServerOnly() {
  const empty = pathToFileURL(path.join(ROOT, 'node_modules/server-only/empty.js')).href;
  const hook = `export async function resolve(s, c, next) { return s === 'server-only' ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** (b)'s server process: the real route handler behind node:http, WHATWG Request in, Response out. */
async function serve() {
  // Before anything imports '@/lib/db' (the seed does): the client binds to DATABASE_URL on import.
  process.env.DATABASE_URL = 'file:./data/bench-pipeline-http.db';
  await freshDatabase('data/bench-pipeline-http.db');
  allowServerOnly();
  const { POST } = await import('../app/api/emails/inbound/route');
  const { agentsSettled } = await import('../lib/agents/run');
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const response = await POST(request, { params: Promise.resolve({}) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: Error) => {
      res.writeHead(500);
      res.end(error.message);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (server.address() as AddressInfo).port } satisfies ServerMsg));
  // 'settle': the agents decide after the API has answered; a block's time runs until they are done too.
  process.on('message', (m: 'settle' | 'stop') => {
    if (m === 'settle') void agentsSettled().then(() => process.send!({ type: 'settled' } satisfies ServerMsg));
    else server.close(() => process.exit(0));
  });
}

/** Until the server's agents have decided on everything it has answered for. */
function serverSettled(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    child.once('message', () => resolve());
    child.send('settle');
  });
}

/** The embedded realtime server in its own process, as `npm start` runs it. */
async function serveRealtime() {
  const { startRealtimeServer } = await import('../realtime/server');
  const server = await startRealtimeServer({ port: 0, appId: quiet.PUSHER_APP_ID, key: quiet.PUSHER_KEY, secret: quiet.PUSHER_SECRET });
  process.send!({ type: 'ready', port: server.port } satisfies ServerMsg);
  process.once('message', () => void server.close().then(() => process.exit(0)));
}

/** Forks this file in a server role; resolves with the port it listens on. */
function startChild(role: '--realtime' | '--serve', env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const child = fork(SELF, [role], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} process exited early (${code})`)));
    child.once('message', (m: ServerMsg) => m.type === 'ready' && resolve({ port: m.port, child }));
  });
}

/** Runs `work` over the messages with `lanes` of them in flight; counts duplicates and failures. */
async function inLanes<T>(messages: T[], lanes: number, work: (m: T) => Promise<{ duplicate: boolean }>) {
  let next = 0;
  const counts = { duplicates: 0, failed: 0 };
  const lane = async () => {
    while (next < messages.length) {
      const m = messages[next++];
      try {
        if ((await work(m)).duplicate) counts.duplicates++;
      } catch {
        counts.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return counts;
}

async function postAll(port: number, messages: Uint8Array<ArrayBuffer>[]) {
  const statuses: Record<number, number> = {};
  await inLanes(messages, CLIENTS, async (raw) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/emails/inbound`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'message/rfc822' }, body: raw });
    await res.arrayBuffer();
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    return { duplicate: res.status === 200 };
  });
  return statuses;
}

async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

async function stopProfile(session: import('node:inspector/promises').Session) {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(path.join(ROOT, 'data/bench-pipeline.cpuprofile'), JSON.stringify(profile));
  return profile;
}

/** Self time per function and per module in a CPU profile, largest first. */
function summarize(profile: Profiler.Profile, top = 15) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const url = frame.url.replace(`file://${ROOT}/`, '');
    const owner = url.startsWith('node_modules/') ? url.split('/').slice(0, url.startsWith('node_modules/@') ? 3 : 2).join('/') : url || `(${frame.functionName || 'native'})`;
    const fn = `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + deltas[i]);
    byModule.set(owner, (byModule.get(owner) ?? 0) + deltas[i]);
  });
  const total = deltas.reduce((a, b) => a + b, 0);
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return ['by module:', ...rows(byModule), 'by function:', ...rows(byFunction)].join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '2026' }, sequential: { type: 'string', default: '2000' }, profile: { type: 'boolean', default: false } } });
  const count = Number(values.count);
  const sequentialCount = Math.min(Number(values.sequential), count);
  const seed = Number(values.seed);
  // As `npm start` runs the app: in development Prisma records the call site of every query, about a fifth of its cost.
  Object.assign(process.env, { ...quiet, NODE_ENV: 'production', SEED_API_KEY: API_KEY, DATABASE_URL: 'file:./data/bench-pipeline.db' });
  const log = (line: string) => console.error(`[bench:pipeline] ${line}`);

  const { generateEmails } = await import('../lib/email/simulator/generate');
  const collect = async (s: number, n: number) => {
    const out: Buffer[] = [];
    for await (const m of generateEmails({ seed: s, count: n })) out.push(m.raw);
    return out;
  };
  let t = performance.now();
  const messages = await collect(seed, count);
  const warmup = await collect(seed + 1, WARMUP);
  const second = await collect(seed + 2, sequentialCount);
  const bytes = messages.reduce((s, m) => s + m.length, 0);
  log(`generated ${count} messages (${(bytes / count / 1024).toFixed(1)} KiB average) in ${((performance.now() - t) / 1000).toFixed(1)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const { simpleParser } = await import('mailparser');
  const realtime = await startChild('--realtime', quiet);
  process.env.PUSHER_PORT = String(realtime.port);
  await freshDatabase('data/bench-pipeline.db');
  const { ingest } = await import('../lib/email/pipeline');
  const { agentsSettled } = await import('../lib/agents/run');
  const server = await startChild('--serve', { ...quiet, PUSHER_PORT: String(realtime.port), SEED_API_KEY: API_KEY });
  const bodies = (list: Buffer[]) => list.map((m) => new Uint8Array(m)); // fetch takes plain bytes
  for (const raw of warmup) await simpleParser(raw);
  for (const raw of warmup) await ingest(raw);
  await agentsSettled();
  await postAll(server.port, bodies(warmup));
  await serverSettled(server.child);

  // (c), (a) and (b) take turns block by block over the same messages, so a change in machine load hits all three.
  const ms = { c: 0, a: 0, b: 0 };
  const inProcessCounts = { duplicates: 0, failed: 0 };
  const statuses: Record<number, number> = {};
  const blockSize = Math.ceil(count / BLOCKS);
  for (let start = 0; start < count; start += blockSize) {
    const block = messages.slice(start, start + blockSize);
    t = performance.now();
    for (const raw of block) await simpleParser(raw);
    ms.c += performance.now() - t;

    const session = values.profile && start === 0 ? await startProfile() : undefined;
    t = performance.now();
    const counts = await inLanes(block, CLIENTS, (raw) => ingest(raw));
    await agentsSettled();
    ms.a += performance.now() - t;
    if (session) log(`CPU profile of (a), first block, in data/bench-pipeline.cpuprofile\n${summarize(await stopProfile(session))}`);
    inProcessCounts.duplicates += counts.duplicates;
    inProcessCounts.failed += counts.failed;

    const requests = bodies(block);
    t = performance.now();
    for (const [status, n] of Object.entries(await postAll(server.port, requests))) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
    await serverSettled(server.child);
    ms.b += performance.now() - t;
  }
  const baseline = perMinute(count, ms.c);
  const inProcess = perMinute(count, ms.a);
  const overHttp = perMinute(count, ms.b);
  server.child.send('stop');

  // The simulator's use: one message after the other.
  t = performance.now();
  const sequentialCounts = await inLanes(second, 1, (raw) => ingest(raw));
  await agentsSettled();
  const sequential = perMinute(sequentialCount, performance.now() - t);
  realtime.child.send('stop');

  // What any store through Prisma pays on this machine before doing work: a statement that reads nothing, alone and
  // in an interactive transaction (the store and the agents each commit once per batch).
  const { db } = await import('../lib/db');
  const perCallUs = async (work: () => Promise<unknown>, n = 2_000) => {
    for (let i = 0; i < 200; i++) await work();
    const start = performance.now();
    for (let i = 0; i < n; i++) await work();
    return Math.round(((performance.now() - start) / n) * 1000);
  };
  const statementUs = await perCallUs(() => db.$queryRaw`SELECT 1`);
  const transactionUs = await perCallUs(() => db.$transaction((tx) => tx.$queryRaw`SELECT 1`));
  log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);

  const line = (o: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'pipeline', ...o }));
  line({ metric: 'mailparser_baseline', value: baseline, unit: 'emails/min', baseline: null, ratio: null, target: null, ok: true, messages: count });
  line({
    metric: 'ingest_in_process',
    value: inProcess,
    unit: 'emails/min',
    baseline,
    ratio: +(inProcess / baseline).toFixed(3),
    target: TARGET_IN_PROCESS,
    target_ratio: TARGET_SHARE_OF_BASELINE,
    ok: inProcess >= TARGET_IN_PROCESS && inProcess / baseline >= TARGET_SHARE_OF_BASELINE && inProcessCounts.failed === 0,
    in_flight: CLIENTS,
    ...inProcessCounts,
  });
  line({
    metric: 'ingest_in_process_sequential',
    value: sequential,
    unit: 'emails/min',
    baseline,
    ratio: +(sequential / baseline).toFixed(3),
    target: null,
    ok: sequentialCounts.failed === 0,
    in_flight: 1,
    messages: sequentialCount,
    stored_before: WARMUP + count,
    ...sequentialCounts,
  });
  line({
    metric: 'prisma_floor',
    value: statementUs,
    unit: 'µs per statement',
    transaction_us: transactionUs,
    mailparser_us_per_email: Math.round(60e6 / baseline),
    target_us_per_email: Math.round(60e6 / TARGET_IN_PROCESS),
    baseline: null,
    ratio: null,
    target: null,
    ok: true,
  });
  line({
    metric: 'ingest_http',
    value: overHttp,
    unit: 'emails/min',
    baseline,
    ratio: +(overHttp / baseline).toFixed(3),
    target: TARGET_HTTP,
    ok: overHttp >= TARGET_HTTP && (statuses[201] ?? 0) === count,
    mode: 'route-handler over node:http',
    clients: CLIENTS,
    statuses,
  });
  process.exit(0);
}

if (process.argv.includes('--serve')) await serve();
else if (process.argv.includes('--realtime')) await serveRealtime();
else await main();
