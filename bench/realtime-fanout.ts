/**
 * Publish→receipt latency of the embedded Pusher server (realtime/) with 1,000 pusher-js subscribers on one
 * channel, against a bare `ws` server broadcasting the same frames to 1,000 identical pusher-js clients.
 * Ticks to the two servers are interleaved, so machine noise (this is often a shared box) hits both alike.
 *
 * Processes: this file runs as main (publisher), `--serve` (both servers) and `--subscribers` (clients),
 * so the servers do not share an event loop with the clients, as in production where browsers are elsewhere.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Pusher from 'pusher';
import PusherClient from 'pusher-js';
import { WebSocketServer } from 'ws';
import { startRealtimeServer } from '../realtime/server';

const SUBSCRIBERS = 1_000;
const EVENTS = 200;
/** Unmeasured first ticks (JIT, socket buffers). */
const WARMUP = 20;
const TARGET_P95_MS = 50;
/** Real subscribers are separate browsers; splitting them keeps one client event loop from dominating. */
const CLIENT_PROCESSES = 1;
const CHANNEL = 'bench-fanout';
const EVENT = 'tick';
const app = { appId: 'bench', key: 'bench-key', secret: 'bench-secret' };
const SELF = fileURLToPath(import.meta.url);

type Target = 'ours' | 'bare';
type Ports = Record<Target, number>;
type Tick = { t: number; i: number };
type ChildMsg =
  | { type: 'ready' }
  | { type: 'all'; target: Target; i: number }
  | { type: 'latencies'; ours: number[]; bare: number[] };

/** Wall-clock ms with sub-ms resolution, comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now();
const spawn = (...args: string[]) => fork(SELF, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Baseline: plain ws broadcast of the POSTed frame, plus the one handshake message pusher-js needs. */
async function startBareServer(): Promise<{ port: number; close(): void }> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  let n = 0;
  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ event: 'pusher:connection_established', data: JSON.stringify({ socket_id: `1.${++n}`, activity_timeout: 120 }) }));
  });
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const frame = Buffer.concat(chunks);
      for (const ws of wss.clients) ws.send(frame, { binary: false });
      res.end();
    });
  });
  http.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  const port = await listen(http);
  return {
    port,
    close() {
      for (const ws of wss.clients) ws.terminate();
      http.closeAllConnections();
      http.close();
    },
  };
}

async function serve(): Promise<void> {
  const ours = await startRealtimeServer({ port: 0, ...app });
  const bare = await startBareServer();
  process.send?.({ ours: ours.port, bare: bare.port } satisfies Ports);
  process.on('disconnect', () => {
    bare.close();
    void ours.close().then(() => process.exit(0));
  });
}

async function connectClients(port: number, count: number, subscribed: boolean, onTick: (d: Tick) => void): Promise<void> {
  for (let start = 0; start < count; start += 100) {
    await Promise.all(Array.from({ length: Math.min(100, count - start) }, () => new Promise<void>((resolve, reject) => {
      const c = new PusherClient(app.key, {
        cluster: 'local', wsHost: '127.0.0.1', wsPort: port, forceTLS: false, enabledTransports: ['ws'], disableStats: true,
      });
      const ch = c.subscribe(CHANNEL);
      ch.bind(EVENT, onTick);
      // The bare server never confirms subscriptions; pusher-js still dispatches channel events to bindings.
      if (subscribed) ch.bind('pusher:subscription_succeeded', () => resolve());
      else c.connection.bind('connected', () => resolve());
      c.connection.bind('failed', () => reject(new Error('pusher-js could not connect')));
    })));
  }
}

/** Subscriber process: `count` clients on each server; reports each fully delivered tick, and the latencies when asked. */
async function subscribers(ports: Ports, count: number): Promise<void> {
  const send = (m: ChildMsg, cb?: () => void) => process.send?.(m, undefined, {}, cb);
  const latencies: Record<Target, number[]> = { ours: [], bare: [] };
  for (const target of ['ours', 'bare'] as const) {
    const received = new Map<number, number>();
    await connectClients(ports[target], count, target === 'ours', (d) => {
      if (d.i >= WARMUP) latencies[target].push(now() - d.t);
      const n = (received.get(d.i) ?? 0) + 1;
      received.set(d.i, n);
      if (n === count) send({ type: 'all', target, i: d.i });
    });
  }
  send({ type: 'ready' });
  process.once('message', () => send({ type: 'latencies', ...latencies }, () => process.exit(0)));
}

/** Returns `fromEveryChild(key, ms)`: resolves once every child reported `key` ("ready", "latencies", "ours:3"), or after ms. */
function reports(children: ChildProcess[], onLatencies: (m: Record<Target, number[]>) => void) {
  let key = '';
  let pending = 0;
  let release: (() => void) | undefined;
  for (const child of children) {
    child.on('message', (m: ChildMsg) => {
      if (m.type === 'latencies') onLatencies(m);
      const k = m.type === 'all' ? `${m.target}:${m.i}` : m.type;
      if (k === key && --pending === 0) release?.();
    });
  }
  return (k: string, ms: number) => new Promise<void>((resolve) => {
    key = k;
    pending = children.length;
    const timer = setTimeout(() => release?.(), ms);
    release = () => {
      clearTimeout(timer);
      release = undefined;
      resolve();
    };
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('realtime-fanout: gave up after 115 s');
    process.exit(1);
  }, 115_000);
  const server = spawn('--serve');
  const ports = await new Promise<Ports>((resolve, reject) => {
    server.once('message', (m) => resolve(m as Ports));
    server.once('exit', (code) => reject(new Error(`server process exited early (${code})`)));
  });
  const api = new Pusher({ ...app, host: '127.0.0.1', port: String(ports.ours), useTLS: false });
  const bareUrl = `http://127.0.0.1:${ports.bare}/broadcast`;
  const publish: Record<Target, (tick: Tick) => Promise<unknown>> = {
    ours: (tick) => api.trigger(CHANNEL, EVENT, tick),
    // The SDK sends data as a JSON string; the bare server gets the exact frame ours builds from it.
    bare: (tick) => fetch(bareUrl, {
      method: 'POST',
      body: JSON.stringify({ event: EVENT, channel: CHANNEL, data: JSON.stringify(tick) }),
    }).then((r) => r.arrayBuffer()),
  };
  const children = Array.from({ length: CLIENT_PROCESSES }, () =>
    spawn('--subscribers', String(ports.ours), String(ports.bare), String(SUBSCRIBERS / CLIENT_PROCESSES)));
  const all: Record<Target, number[]> = { ours: [], bare: [] };
  const fromEveryChild = reports(children, (m) => {
    all.ours = all.ours.concat(m.ours);
    all.bare = all.bare.concat(m.bare);
  });
  await fromEveryChild('ready', 60_000);

  // One tick at a time, each after the previous one reached every client (or 2 s passed: those count as lost).
  for (let i = 0; i < WARMUP + EVENTS; i++) {
    // Alternate who goes first so neither server always follows the other's burst.
    for (const target of i % 2 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
      const delivered = fromEveryChild(`${target}:${i}`, 2_000);
      await Promise.all([delivered, publish[target]({ t: now(), i })]);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  const reported = fromEveryChild('latencies', 10_000);
  for (const child of children) child.send('report');
  await reported;

  const expected = SUBSCRIBERS * EVENTS;
  const a = all.ours.sort((x, y) => x - y);
  const b = all.bare.sort((x, y) => x - y);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  for (const [metric, q] of [['p50', 0.5], ['p95', 0.95], ['p99', 0.99]] as const) {
    const value = percentile(a, q);
    const baseline = percentile(b, q);
    const line: Record<string, unknown> = {
      bench: 'realtime-fanout', metric, value: round(value), unit: 'ms', baseline: round(baseline), ratio: round(value / baseline),
    };
    if (metric === 'p95') Object.assign(line, { target: TARGET_P95_MS, ok: value < TARGET_P95_MS && a.length === expected });
    Object.assign(line, { subscribers: SUBSCRIBERS, events: EVENTS, lost: expected - a.length, baseline_lost: expected - b.length });
    console.log(JSON.stringify(line));
  }

  server.disconnect();
  await new Promise((resolve) => server.once('exit', resolve));
  clearTimeout(watchdog);
  process.exit(0);
}

const sub = process.argv.indexOf('--subscribers');
if (process.argv.includes('--serve')) await serve();
else if (sub > 0) await subscribers({ ours: Number(process.argv[sub + 1]), bare: Number(process.argv[sub + 2]) }, Number(process.argv[sub + 3]));
else await main();
