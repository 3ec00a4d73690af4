// The local stand-in for Vercel Cron: reads the schedules from vercel.json and calls the same routes
// with `Authorization: Bearer $CRON_SECRET`, so development runs exactly what production runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';

type CronEntry = { path: string; schedule: string };

export function readCrons(root = process.cwd()): CronEntry[] {
  const config = JSON.parse(readFileSync(path.join(root, 'vercel.json'), 'utf8')) as { crons?: CronEntry[] };
  return config.crons ?? [];
}

export function startScheduler(opts: { baseUrl: string; secret: string; log?: (line: string) => void }) {
  const log = opts.log ?? ((line: string) => console.log(line));
  const running = new Set<string>();
  async function call(entry: CronEntry) {
    if (running.has(entry.path)) return; // a slow run is not stacked on itself
    running.add(entry.path);
    try {
      const res = await fetch(new URL(entry.path, opts.baseUrl), { headers: { authorization: `Bearer ${opts.secret}` }, signal: AbortSignal.timeout(55_000) });
      if (!res.ok) log(`cron ${entry.path}: HTTP ${res.status}`);
    } catch (error) {
      log(`cron ${entry.path}: ${(error as Error).message}`);
    } finally {
      running.delete(entry.path);
    }
  }
  const jobs = readCrons().map((entry) => new Cron(entry.schedule, { protect: true }, () => void call(entry)));
  // Run everything once at start so dashboards and the health check have data right away.
  const first = Promise.all(readCrons().map(call));
  return { first, stop: () => jobs.forEach((j) => j.stop()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.env.APP_URL ?? 'http://localhost:3000';
  const secret = process.env.CRON_SECRET ?? 'happy-buttons-cron-secret';
  const scheduler = startScheduler({ baseUrl, secret });
  console.log(`scheduler: ${readCrons().map((c) => `${c.path} (${c.schedule})`).join(', ')}`);
  const stop = () => {
    scheduler.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
