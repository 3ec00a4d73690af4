/**
 * Storefront speed in real Chromium: Largest Contentful Paint of /shop and a product page, and server render
 * p95 of both pages under 50 concurrent connections. Baselines from the same run: LCP of a bare static page
 * showing the same product image, and p95 of a static file served by the same server under the same load.
 *
 * Server: BENCH_URL (any running instance), or else the existing production build (`npm run build` first) is
 * started with `next start` on a free port against a fresh, seeded SQLite file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { freePort, listen, underLoad, waitForServer } from './_server';

const PAGES = { shop: '/shop', product: '/shop/royal-sapphire-button' } as const;
const IMAGE = '/products/royal-sapphire-button.svg';
const LCP_RUNS = 5;
const CONNECTIONS = 50;
const REQUESTS = 1_000;
const TARGET = { lcpMs: 1_000, renderP95Ms: 100 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Starts the production build; returns its base URL and a stop function. */
async function startServer(): Promise<{ base: string; stop: () => void }> {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL, stop: () => {} };
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first, or set BENCH_URL');
  const url = `file:${path.resolve('data/bench-storefront.db')}`;
  for (const s of ['', '-wal', '-shm']) rmSync(url.slice(5) + s, { force: true });
  const { migrate } = await import('../scripts/migrate');
  const { seed } = await import('../prisma/seed');
  Object.assign(process.env, { DEMO_PASSWORD: 'bench-password' });
  await migrate(url);
  await seed(url);
  const port = await freePort();
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', APP_URL: `http://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: '1000000000' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/shop`, child);
  return { base, stop: () => child.kill('SIGTERM') };
}

/** LCP of one fresh visit (new context: no cache, no cookies), after one warm-up visit. */
async function lcp(browser: Browser, url: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run <= LCP_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const value = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(-1), 5_000);
        }),
    );
    await context.close();
    if (value < 0) throw new Error(`no LCP entry for ${url}`);
    if (run > 0) samples.push(value);
  }
  return median(samples);
}

/** Latencies of REQUESTS requests from CONNECTIONS clients; any non-2xx answer fails the run. */
async function load(url: string): Promise<number[]> {
  const { latencies, errors } = await underLoad(url, { connections: CONNECTIONS, requests: REQUESTS });
  if (errors) throw new Error(`${url}: ${errors} answers were not 2xx`);
  return latencies;
}

async function main() {
  const server = await startServer();
  const bare = createServer((_, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><html><body><h1>Royal Sapphire Button</h1><img src="${server.base}${IMAGE}" width="400" height="400" alt=""></body></html>`);
  });
  const barePort = await listen(bare);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const mode = process.env.BENCH_URL ? 'bench-url' : 'next-start';
    const bareLcp = await lcp(browser, `http://127.0.0.1:${barePort}/`);
    for (const [name, p] of Object.entries(PAGES)) {
      const value = await lcp(browser, server.base + p);
      console.log(JSON.stringify({ bench: 'storefront', metric: `lcp_${name}`, value: round(value), unit: 'ms', baseline: round(bareLcp), ratio: round(value / bareLcp, 2), target: TARGET.lcpMs, runs: LCP_RUNS, mode }));
    }
    const staticP95 = p95(await load(server.base + IMAGE));
    for (const [name, p] of Object.entries(PAGES)) {
      const value = p95(await load(server.base + p));
      console.log(JSON.stringify({ bench: 'storefront', metric: `render_p95_${name}`, value: round(value), unit: 'ms', baseline: round(staticP95), ratio: round(value / staticP95, 2), target: TARGET.renderP95Ms, connections: CONNECTIONS, requests: REQUESTS, mode }));
    }
  } finally {
    await browser.close();
    bare.close();
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
