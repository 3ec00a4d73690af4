// Helpers for the benchmarks: starting the app as a separate server, and load from concurrent clients
// (bench/run.ts skips files starting with "_").
import type { ChildProcess } from 'node:child_process';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free loopback port; resolves with it. */
export const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

/** Resolves once `url` answers 2xx; fails when the server process exits first or after two minutes. */
export async function waitForServer(url: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/** One GET on a kept-alive connection of `agent`; resolves with the status once the whole body has arrived. The body
 *  is read but not decompressed: the client stays as light as a browser's network stack, so latency is the server's. */
function get(url: string, agent: Agent, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { agent, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `total` calls from `concurrency` clients, each starting its next call when its last one has ended; resolves with the
 *  latency of every call that did not answer `false`. */
export async function clients(total: number, concurrency: number, call: () => Promise<boolean | void>): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < total) {
        const t = performance.now();
        if ((await call()) !== false) latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

/**
 * `requests` GETs of `url` from `connections` clients, each sending its next request when the last answer is read;
 * resolves with every 2xx latency (status + full body) and the count of other answers. A warm-up round of two requests
 * per client runs first on the same kept-alive connections, so the figures are the steady state and not the first
 * wave, in which all clients connect at once (on this machine that wave alone took up to ten times the steady p95).
 * Plain node:http keeps the client light: with fetch, p95 of the same page was about a quarter higher on 2 cores.
 */
export async function underLoad(url: string, { connections, requests, headers = {} }: { connections: number; requests: number; headers?: Record<string, string> }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const round = async (total: number) => {
    let errors = 0;
    const latencies = await clients(total, connections, async () => {
      const status = await get(url, agent, headers);
      if (status >= 200 && status < 300) return true;
      errors++;
      return false;
    });
    return { latencies, errors };
  };
  try {
    await round(connections * 2);
    return await round(requests);
  } finally {
    agent.destroy();
  }
}
