/**
 * Checkout throughput: orders per second through the POST /api/orders handler (API key, Idempotency-Key,
 * validation, catalog pricing, stock decrement, order number, items, outbox, audit, realtime publish) with
 * 32 concurrent clients, against the same number of bare transactions (stock decrement + order insert) on the
 * same database in the same run.
 *
 * Mode: by default the route handler is called in-process (no HTTP server); set BENCH_URL (e.g. a running
 * `npm start`) plus BENCH_API_KEY and the server's DATABASE_URL to go through HTTP instead.
 * Database: a fresh SQLite file; BENCH_DATABASE_URL=postgresql://… runs on that (migrated and seeded) Postgres.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const CLIENTS = 32;
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000);
const WARMUP = 64;
const httpBase = process.env.BENCH_URL;
const mode = httpBase ? 'http' : 'in-process';

// In-process we are the server: `server-only` guards the Next bundle and is an empty module here.
register('data:text/javascript,' + encodeURIComponent(
  `export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }`,
));

function prepareEnv(): string {
  if (httpBase) {
    if (!process.env.BENCH_API_KEY || !process.env.DATABASE_URL) throw new Error('BENCH_URL needs BENCH_API_KEY and the server’s DATABASE_URL');
    return process.env.DATABASE_URL;
  }
  const url = process.env.BENCH_DATABASE_URL ?? `file:${path.resolve('data/bench-checkout.db')}`;
  if (url.startsWith('file:')) for (const s of ['', '-wal', '-shm']) rmSync(url.slice(5) + s, { force: true });
  Object.assign(process.env, {
    DATABASE_URL: url,
    SEED_API_KEY: 'hb_bench_checkout_key_0123456789',
    DEMO_PASSWORD: 'bench-password',
    RATE_LIMIT_PER_MINUTE: String(1_000_000_000), // the limiter would otherwise be what we measure
    OUTBOX_DIR: path.resolve('data/bench-outbox'),
  });
  return url;
}

async function runClients(total: number, one: (i: number) => Promise<void>): Promise<{ seconds: number; latencies: number[] }> {
  let next = 0;
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await one(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, latencies };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main() {
  const url = prepareEnv();
  const dbKind = /^postgres/.test(url) ? 'postgres' : 'sqlite';
  const realtime = httpBase ? null : await startRealtime();
  if (realtime) Object.assign(process.env, { PUSHER_APP_ID: 'bench', PUSHER_KEY: 'bench-key', PUSHER_SECRET: 'bench-secret', PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(realtime.port) });
  if (!httpBase) {
    const { migrate } = await import('../scripts/migrate');
    const { seed } = await import('../prisma/seed');
    await migrate(url);
    await seed(url);
  }
  const { db } = await import('../lib/db');
  const { ORDER_TX_OPTIONS } = await import('../lib/shop/orders');
  const { POST } = await import('../app/api/orders/route');
  const category = await db.category.findFirstOrThrow();
  const tag = randomUUID().slice(0, 8).toUpperCase();
  const product = await db.product.create({
    data: { sku: `BENCH-${tag}`, slug: `bench-${tag.toLowerCase()}`, name: `Bench Button ${tag}`, description: 'Benchmark stock', priceCents: 1_000, features: [], stock: 1_000_000_000, image: '/products/classic-shirt-buttons.svg', categoryId: category.id },
  });
  const apiKey = process.env.BENCH_API_KEY ?? process.env.SEED_API_KEY!;
  const payload = JSON.stringify({
    email: 'bench@example.org',
    contactName: 'Bench Buyer',
    shippingAddress: { line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' },
    paymentMethod: 'PREPAYMENT',
    items: [{ sku: product.sku, quantity: 1 }],
  });

  async function viaHandler() {
    const init = { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: payload };
    const res = httpBase ? await fetch(`${httpBase}/api/orders`, init) : await POST(new Request('http://localhost/api/orders', init), { params: Promise.resolve({}) });
    if (res.status !== 201) throw new Error(`order failed: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }

  async function bareTransaction(i: number) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.product.updateMany({ where: { id: product.id, stock: { gte: 1 } }, data: { stock: { decrement: 1 } } });
      if (count !== 1) throw new Error('out of stock');
      await tx.order.create({
        data: {
          number: `BARE-${tag}-${i}`,
          email: 'bench@example.org',
          contactName: 'Bench Buyer',
          shippingAddress: {},
          billingAddress: {},
          paymentMethod: 'PREPAYMENT',
          netCents: 1_000,
          vatCents: 190,
          shippingCents: 0,
          totalCents: 1_190,
          items: { create: [{ productId: product.id, sku: product.sku, name: product.name, unitPriceCents: 1_000, quantity: 1, lineCents: 1_000 }] },
        },
      });
    }, ORDER_TX_OPTIONS);
  }

  await runClients(WARMUP, viaHandler);
  await runClients(WARMUP, (i) => bareTransaction(-1 - i));
  const bare = await runClients(ORDERS, bareTransaction);
  const handler = await runClients(ORDERS, viaHandler);

  const bareRate = ORDERS / bare.seconds;
  const handlerRate = ORDERS / handler.seconds;
  const common = { mode, db: dbKind, clients: CLIENTS, orders: ORDERS };
  console.log(JSON.stringify({ bench: 'checkout', metric: 'bare_order_transactions_per_second', value: round(bareRate), unit: 'tx/s', ...common }));
  console.log(JSON.stringify({ bench: 'checkout', metric: 'orders_per_second', value: round(handlerRate), unit: 'orders/s', baseline: round(bareRate), ratio: round(handlerRate / bareRate, 3), ...common }));
  console.log(JSON.stringify({ bench: 'checkout', metric: 'order_latency_p95', value: round(p95(handler.latencies)), unit: 'ms', baseline: round(p95(bare.latencies)), ratio: round(p95(handler.latencies) / p95(bare.latencies), 2), ...common }));

  const left = (await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
  if (left !== 1_000_000_000 - 2 * (ORDERS + WARMUP)) throw new Error(`stock drifted: ${left}`);
  await db.$disconnect();
  realtime?.stop();
}

/** The realtime server runs in its own process, as in production, so the orders do not starve it of CPU. */
function startRealtime(): Promise<{ port: number; stop: () => void }> {
  const child = fork(fileURLToPath(import.meta.url), ['--realtime'], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (port) => resolve({ port: port as number, stop: () => child.disconnect() }));
    child.once('exit', (code) => reject(new Error(`realtime server exited with ${code}`)));
  });
}

async function serveRealtime() {
  const { startRealtimeServer } = await import('../realtime/server');
  const server = await startRealtimeServer({ port: 0, appId: 'bench', key: 'bench-key', secret: 'bench-secret' });
  process.send?.(server.port);
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

(process.argv.includes('--realtime') ? serveRealtime() : main()).then(
  () => process.argv.includes('--realtime') || process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
