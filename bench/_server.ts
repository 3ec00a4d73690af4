// Helpers for benchmarks that start the app as a separate server (bench/run.ts skips files starting with "_").
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
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

/**
 * `requests` GETs of `url` from `connections` clients, each sending its next request when the last answer is read;
 * resolves with every 2xx latency (status + full body) and the count of other answers. A warm-up round of two requests
 * per client runs first on the same kept-alive connections, so the figures are the steady state and not the first
 * wave, in which all clients connect at once (on this machine that wave alone took up to ten times the steady p95).
 */
export async function underLoad(url: string, { connections, requests, headers = {} }: { connections: number; requests: number; headers?: Record<string, string> }) {
  const round = async (total: number) => {
    const latencies: number[] = [];
    let errors = 0;
    let started = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (started++ < total) {
          const t = performance.now();
          const res = await fetch(url, { headers });
          await res.arrayBuffer();
          if (res.ok) latencies.push(performance.now() - t);
          else errors++;
        }
      }),
    );
    return { latencies, errors };
  };
  await round(connections * 2);
  return round(requests);
}
