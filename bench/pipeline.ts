/**
 * Inbound email throughput on simulator traffic, three ways in one run over the same seeded messages:
 *   (c) baseline: bare mailparser `simpleParser`, one message after the other;
 *   (a) in-process: `ingest()` into a fresh, migrated and seeded SQLite database (data/bench-pipeline.db);
 *   (b) over HTTP: the real POST /api/emails/inbound route handler behind a minimal node:http server, fed by
 *       16 concurrent clients with the integrator API key.
 * The HTTP server runs in its own process with its own fresh database (data/bench-pipeline-http.db), as a deployed
 * app would, so the clients do not share its event loop and (b) stores the same messages (a) stored.
 * Realtime announcements go to the embedded Pusher-protocol server in a third process, as with `npm start`.
 *
 *   npx tsx bench/pipeline.ts [--count 10000] [--seed 2026] [--profile]
 * --profile writes a CPU profile of (a) to data/bench-pipeline.cpuprofile and prints where the time went.
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

const CLIENTS = 16;
const WARMUP = 300;
const TARGET_IN_PROCESS = 60_000;
const TARGET_SHARE_OF_BASELINE = 0.25;
const TARGET_HTTP = 12_000;
const API_KEY = 'hb_bench_integrator_key_0123456789';
const quiet = { PUSHER_APP_ID: 'hb-bench', PUSHER_KEY: 'hb-bench-key', PUSHER_SECRET: 'hb-bench-secret', PUSHER_HOST: '127.0.0.1' };

type ServerMsg = { type: 'ready'; port: number };

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
  process.once('message', () => server.close(() => process.exit(0)));
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
    child.once('message', (m: ServerMsg) => resolve({ port: m.port, child }));
  });
}

async function postAll(port: number, messages: Uint8Array<ArrayBuffer>[]) {
  let next = 0;
  const statuses = new Map<number, number>();
  const client = async () => {
    while (next < messages.length) {
      const raw = messages[next++];
      const res = await fetch(`http://127.0.0.1:${port}/api/emails/inbound`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'message/rfc822' }, body: raw });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return Object.fromEntries(statuses);
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
    const module = url.startsWith('node_modules/') ? url.split('/').slice(0, url.startsWith('node_modules/@') ? 3 : 2).join('/') : url || `(${frame.functionName || 'native'})`;
    const fn = `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + deltas[i]);
    byModule.set(module, (byModule.get(module) ?? 0) + deltas[i]);
  });
  const total = deltas.reduce((a, b) => a + b, 0);
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return ['by module:', ...rows(byModule), 'by function:', ...rows(byFunction)].join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '2026' }, profile: { type: 'boolean', default: false } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  Object.assign(process.env, { ...quiet, SEED_API_KEY: API_KEY, DATABASE_URL: 'file:./data/bench-pipeline.db' });
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
  const bytes = messages.reduce((s, m) => s + m.length, 0);
  log(`generated ${count} messages (${(bytes / count / 1024).toFixed(1)} KiB average) in ${((performance.now() - t) / 1000).toFixed(1)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // (c) bare mailparser
  const { simpleParser } = await import('mailparser');
  for (const raw of messages.slice(0, WARMUP)) await simpleParser(raw);
  t = performance.now();
  for (const raw of messages) await simpleParser(raw);
  const baseline = perMinute(count, performance.now() - t);

  // (a) in-process ingest() into a fresh database
  const realtime = await startChild('--realtime', quiet);
  process.env.PUSHER_PORT = String(realtime.port);
  await freshDatabase('data/bench-pipeline.db');
  const { ingest } = await import('../lib/email/pipeline');
  for (const raw of warmup) await ingest(raw);
  let session: import('node:inspector/promises').Session | undefined;
  if (values.profile) {
    const { Session } = await import('node:inspector/promises');
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  let duplicates = 0;
  let failed = 0;
  t = performance.now();
  for (const raw of messages) {
    try {
      if ((await ingest(raw)).duplicate) duplicates++;
    } catch {
      failed++;
    }
  }
  const inProcess = perMinute(count, performance.now() - t);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path.join(ROOT, 'data/bench-pipeline.cpuprofile'), JSON.stringify(profile));
    log(`CPU profile of (a) in data/bench-pipeline.cpuprofile\n${summarize(profile)}`);
  }

  // (b) HTTP, 16 concurrent clients, route handler in its own process
  const server = await startChild('--serve', { ...quiet, PUSHER_PORT: String(realtime.port), SEED_API_KEY: API_KEY });
  const bodies = (list: Buffer[]) => list.map((m) => new Uint8Array(m)); // fetch takes plain bytes
  await postAll(server.port, bodies(warmup));
  const requests = bodies(messages);
  t = performance.now();
  const statuses = await postAll(server.port, requests);
  const overHttp = perMinute(count, performance.now() - t);
  server.child.send('stop');
  realtime.child.send('stop');

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
    ok: inProcess >= TARGET_IN_PROCESS && inProcess / baseline >= TARGET_SHARE_OF_BASELINE,
    duplicates,
    failed,
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
