/**
 * Sales at scale, on a separate database (data/bench-sales.db) with 100,000 prospects and 1,000,000 interactions:
 *   - GET /api/prospects (filtered by stage and owner, first page) under 50 concurrent requests — p95 against the
 *     same query run bare through better-sqlite3 under the same load;
 *   - GET /api/metrics/sales (team, last 90 days) under 50 concurrent requests — p95 against one uncached computation
 *     (the route shares a computation between identical requests for 30 s);
 *   - the email monitor's throughput against the pipeline's: the same new mail (replies to outreach, mail from
 *     prospects, from their colleagues and from strangers) is ingested with lib/email/pipeline ingest(), then linked
 *     by one monitor run; ratio = monitor mail/s ÷ ingest mail/s (the monitor keeps up when ≥ 1).
 * The route handlers are called in-process with the integrator API key, as the tests call them. The rate limit is
 * raised for the run, so it measures the handlers and not the limiter.
 *
 *   npx tsx bench/sales.ts [--prospects 100000] [--interactions 1000000] [--requests 2000] [--mail 2000] [--reuse] [--file data/bench-sales.db]
 * --reuse keeps the database file from an earlier run (building it takes minutes) and only migrates it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { clients } from './_server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const API_KEY = 'hb_bench_sales_key_0123456789abcdef';
const CONCURRENCY = 50;
const TARGET = { listP95Ms: 50, metricsP95Ms: 150, monitorRatio: 1 };
const DAY = 86_400_000;

const { values: args } = parseArgs({
  options: { reuse: { type: 'boolean', default: false }, prospects: { type: 'string', default: '100000' }, interactions: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '2000' }, mail: { type: 'string', default: '2000' }, file: { type: 'string', default: 'data/bench-sales.db' } },
});
const N_PROSPECTS = Number(args.prospects);
const N_INTERACTIONS = Number(args.interactions);
const N_REQUESTS = Number(args.requests);
const N_MAIL = Number(args.mail);
const FILE = args.file;

Object.assign(process.env, {
  DATABASE_URL: `file:./${FILE}`,
  SEED_API_KEY: API_KEY,
  RATE_LIMIT_PER_MINUTE: '100000000',
  PUSHER_APP_ID: 'hb-bench',
  PUSHER_KEY: 'hb-bench-key',
  PUSHER_SECRET: 'hb-bench-secret',
  PUSHER_HOST: '127.0.0.1',
});

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00'); // as Prisma writes SQLite dates
const log = (line: string) => console.error(`bench/sales: ${line}`);

/** A small deterministic generator, so every run builds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The route modules import 'server-only', which throws outside Next's server bundle; here we are the server. */
function allowServerOnly() {
  const empty = pathToFileURL(path.join(ROOT, 'node_modules/server-only/empty.js')).href;
  const hook = `export async function resolve(s, c, next) { return s === 'server-only' ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

type Stage = { id: string; key: string; position: number; probability: number; isWon: number; isLost: number };

/** Bulk data straight through better-sqlite3: the app's own writes would take an hour for a million rows. */
function fill(now: number) {
  const conn = new Database(path.join(ROOT, FILE));
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = OFF');
  const random = rng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const stages = conn.prepare('SELECT id, key, position, probability, isWon, isLost FROM "Stage" ORDER BY position').all() as Stage[];
  const open = stages.filter((s) => !s.isWon && !s.isLost);
  const won = stages.find((s) => s.isWon)!;
  const lost = stages.find((s) => s.isLost)!;
  const insertUser = conn.prepare('INSERT INTO "User" (id, email, name, passwordHash, role, active, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?)');
  conn.transaction(() => {
    for (let r = 1; r <= 8; r++) insertUser.run(`bench-rep-${r}`, `bench.rep${r}@h-bu.de`, `Bench Rep ${r}`, 'x', 'SALES_REP', iso(now), iso(now));
  })();
  const reps = (conn.prepare(`SELECT id FROM "User" WHERE role = 'SALES_REP' ORDER BY email`).all() as { id: string }[]).map((u) => u.id);
  const TAGS = ['fashion', 'outdoor', 'workwear', 'premium', 'oem', 'furniture', 'marine', 'vip', 'sustainable', 'childrenswear'];
  // Stage mix of a living pipeline: many early, fewer late, about one in five closed.
  const stageOf = (x: number) => (x < 0.25 ? open[0] : x < 0.45 ? open[1] : x < 0.6 ? open[2] : x < 0.7 ? open[3] : x < 0.78 ? open[4] : x < 0.9 ? won : lost);
  const insertProspect = conn.prepare(`INSERT INTO "Prospect" (id, company, contactName, email, emailDomain, emailInvalid, phone, source, tags, tagKey, valueCents,
    probability, stageId, ownerId, status, lostReason, wonReason, weightedCents, nextFollowUpAt, remindedFollowUpAt, lastContactAt, stageChangedAt, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`);
  const insertChange = conn.prepare('INSERT INTO "ProspectStageChange" (id, prospectId, fromStageId, toStageId, changedAt) VALUES (?, ?, ?, ?, ?)');
  const prospects: { id: string; owner: string; created: number }[] = [];
  conn.transaction(() => {
    for (let i = 0; i < N_PROSPECTS; i++) {
      const id = `bench-p-${i}`;
      const created = now - Math.floor(random() * 730 * DAY);
      const changed = created + Math.floor(random() * (now - created));
      const stage = stageOf(random());
      const owner = reps[i % reps.length];
      const value = (1_000 + Math.floor(random() * 199_000)) * 100;
      const tags = [pick(TAGS), pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j).sort();
      const domain = `company${i % 40_000}.example`; // a few prospects share a company
      const closed = stage.isWon || stage.isLost;
      insertProspect.run(id, `Company ${i % 40_000}`, `Contact ${i}`, `contact${i}@${domain}`, domain, pick(['website', 'trade fair', 'referral']), JSON.stringify(tags), `,${tags.join(',')},`,
        value, stage.probability, stage.id, owner, stage.isWon ? 'WON' : stage.isLost ? 'LOST' : random() < 0.3 ? 'RESPONDED' : 'ACTIVE',
        stage.isLost ? 'Price' : null, stage.isWon ? 'Samples convinced' : null, Math.round((value * stage.probability) / 100),
        closed ? null : iso(now + Math.ceil(random() * 30) * DAY), iso(changed), iso(changed), iso(created), iso(changed));
      // The stages it went through: the open ones up to where it stands (a lost deal got some way first).
      const reached = stage.isWon ? open.length : stage.isLost ? Math.floor(random() * open.length) : open.indexOf(stage);
      let from: string | null = null;
      for (let p = 0; p <= reached && p < open.length; p++) {
        insertChange.run(`bench-c-${i}-${p}`, id, from, open[p].id, iso(created + ((changed - created) * p) / (reached + 1)));
        from = open[p].id;
      }
      if (closed) insertChange.run(`bench-c-${i}-x`, id, from, stage.id, iso(changed));
      prospects.push({ id, owner, created });
    }
  })();
  log(`${N_PROSPECTS} prospects`);

  const KINDS = ['EMAIL_OUT', 'EMAIL_OUT', 'EMAIL_OUT', 'EMAIL_IN', 'EMAIL_IN', 'CALL', 'CALL', 'MEETING', 'NOTE', 'NOTE'] as const;
  const insertInteraction = conn.prepare('INSERT INTO "Interaction" (id, prospectId, kind, summary, emailId, outboxMessageId, userId, occurredAt, createdAt) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)');
  const insertOutbox = conn.prepare(`INSERT INTO "OutboxMessage" (id, kind, messageId, fromAddress, toAddress, subject, text, headers, prospectId, status, attempts, nextAttemptAt, sentAt, createdAt)
    VALUES (?, 'outreach', ?, 'sales@h-bu.de', ?, 'Buttons for your next collection', 'May we send samples?', '{}', ?, 'SENT', 1, ?, ?, ?)`);
  conn.transaction(() => {
    // The most recent outreach, sent through the outbox: the mail phase answers some of it.
    for (let k = 0; k < Math.min(N_MAIL, N_PROSPECTS); k++) {
      const i = Math.floor(random() * N_PROSPECTS);
      const at = iso(now - 2 * DAY);
      const messageId = `<bench-out-${k}@h-bu.de>`;
      insertOutbox.run(`bench-o-${k}`, messageId, `contact${i}@company${i % 40_000}.example`, prospects[i].id, at, at, at);
      insertInteraction.run(`bench-io-${k}`, prospects[i].id, 'EMAIL_OUT', 'Buttons for your next collection', `bench-o-${k}`, prospects[i].owner, at, at);
    }
    for (let n = Math.min(N_MAIL, N_PROSPECTS); n < N_INTERACTIONS; n++) {
      const p = prospects[Math.floor(random() * prospects.length)];
      const kind = pick(KINDS);
      const at = iso(p.created + Math.floor(random() * (now - p.created)));
      insertInteraction.run(`bench-i-${n}`, p.id, kind, `${kind.toLowerCase()} ${n}`, null, kind === 'EMAIL_IN' ? null : p.owner, at, at);
    }
  })();
  log(`${N_INTERACTIONS} interactions`);
  conn.pragma('optimize');
  conn.close();
}

/** What the measurements need from the data: the reps, the latest outreach, and a monitor watermark just before now. */
function prepareRun(now: number) {
  const conn = new Database(path.join(ROOT, FILE));
  // The monitor has been running all along: its watermark sits just before the mail phase.
  conn.prepare(`INSERT INTO "CronRun" (id, job, startedAt, finishedAt, ok, counts) VALUES (?, 'monitor', ?, ?, 1, '{}')`).run(randomUUID(), iso(now - 60_000), iso(now - 59_000));
  const reps = (conn.prepare(`SELECT id FROM "User" WHERE role = 'SALES_REP' ORDER BY email`).all() as { id: string }[]).map((u) => u.id);
  const outreach = (conn.prepare(`SELECT o.messageId AS messageId, CAST(substr(o.prospectId, 9) AS INTEGER) AS prospect FROM "OutboxMessage" o WHERE o.id LIKE 'bench-o-%' LIMIT ?`).all(N_MAIL) as { messageId: string; prospect: number }[]);
  conn.close();
  return { reps, outreach };
}

/** `total` requests from `concurrency` clients, each waiting for its answer before sending the next. */
async function underLoad(total: number, concurrency: number, call: () => Promise<void>) {
  const t0 = performance.now();
  const latencies = await clients(total, concurrency, call);
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), perSecond: latencies.length / seconds };
}

/** New mail as it arrives at the pipeline: replies to outreach, prospects writing, their colleagues, strangers. */
function compose(outreach: { messageId: string; prospect: number }[], now: number) {
  const random = rng(7);
  return Array.from({ length: N_MAIL }, (_, k) => {
    const o = outreach[k % outreach.length];
    const x = random();
    const domain = `company${o.prospect % 40_000}.example`;
    const [from, extra] =
      x < 0.5 ? [`contact${o.prospect}@${domain}`, `In-Reply-To: ${o.messageId}\r\nReferences: ${o.messageId}\r\n`]
      : x < 0.75 ? [`contact${o.prospect}@${domain}`, '']
      : x < 0.9 ? [`purchasing@${domain}`, '']
      : [`someone${k}@elsewhere${k}.example`, ''];
    return Buffer.from(
      `From: ${from}\r\nTo: sales@h-bu.de\r\nSubject: Re: Buttons for your next collection\r\nMessage-ID: <bench-in-${k}-${now}@mail.example>\r\n${extra}` +
        `Date: ${new Date(now).toUTCString()}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThank you for the offer. Please send samples of the horn buttons.\r\n`,
    );
  });
}

async function main() {
  const { migrate } = await import('../scripts/migrate');
  const now = Date.now();
  if (!args.reuse || !existsSync(path.join(ROOT, FILE))) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(ROOT, FILE + suffix), { force: true });
    const { seed } = await import('../prisma/seed');
    await migrate(process.env.DATABASE_URL!);
    await seed(process.env.DATABASE_URL!);
    const t = performance.now();
    fill(now);
    log(`data ready in ${round((performance.now() - t) / 1000)} s`);
  } else await migrate(process.env.DATABASE_URL!);
  const { reps, outreach } = prepareRun(now);

  const { startRealtimeServer } = await import('../realtime/server');
  const realtime = await startRealtimeServer({ port: 0, appId: 'hb-bench', key: 'hb-bench-key', secret: 'hb-bench-secret' });
  process.env.PUSHER_PORT = String(realtime.port);
  allowServerOnly();
  const { GET: listProspects } = await import('../app/api/prospects/route');
  const { GET: salesMetrics } = await import('../app/api/metrics/sales/route');
  const { computeSalesMetrics } = await import('../lib/sales/metrics');
  const params = { params: Promise.resolve({}) };
  const headers = { authorization: `Bearer ${API_KEY}` };
  const common = { prospects: N_PROSPECTS, interactions: N_INTERACTIONS, connections: CONCURRENCY, database: 'sqlite' };

  // 1. The list: filtered first page, handler vs the bare query it boils down to.
  const owner = reps[3];
  const listUrl = `http://localhost/api/prospects?stage=qualified&owner=${owner}&limit=50`;
  const callList = async () => {
    const res = await listProspects(new Request(listUrl, { headers }), params);
    if (res.status !== 200) throw new Error(`list answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const bare = new Database(path.join(ROOT, FILE), { readonly: true });
  const bareQuery = bare.prepare(`SELECT p.*, s.key, u.name FROM "Prospect" p JOIN "Stage" s ON s.id = p.stageId JOIN "User" u ON u.id = p.ownerId
    WHERE p.ownerId = ? AND s.key = 'qualified' ORDER BY p.updatedAt DESC, p.id DESC LIMIT 51`);
  const callBare = async () => {
    await Promise.resolve();
    JSON.stringify(bareQuery.all(owner));
  };
  await underLoad(200, CONCURRENCY, callList); // warm-up
  const list = await underLoad(N_REQUESTS, CONCURRENCY, callList);
  const listBare = await underLoad(N_REQUESTS, CONCURRENCY, callBare);
  console.log(JSON.stringify({ bench: 'sales', metric: 'prospects_list_p95', value: round(list.p95), unit: 'ms', baseline: round(listBare.p95, 2), ratio: round(list.p95 / listBare.p95), target: TARGET.listP95Ms, p50: round(list.p50), requests_per_second: round(list.perSecond), ...common }));

  // 2. Metrics: under load vs one request alone.
  const callMetrics = async () => {
    const res = await salesMetrics(new Request('http://localhost/api/metrics/sales', { headers }), params);
    if (res.status !== 200) throw new Error(`metrics answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // The route serves one computation to identical requests for 30 s; the baseline is that computation alone, uncached.
  const to = new Date();
  const cold = await underLoad(5, 1, async () => void (await computeSalesMetrics(null, new Date(to.getTime() - 90 * DAY), to)));
  const metrics = await underLoad(Math.max(100, N_REQUESTS / 4), CONCURRENCY, callMetrics);
  console.log(JSON.stringify({ bench: 'sales', metric: 'metrics_p95', value: round(metrics.p95), unit: 'ms', baseline: round(cold.p50), ratio: round(metrics.p95 / cold.p50, 2), target: TARGET.metricsP95Ms, p50: round(metrics.p50), uncached_computation_p50: round(cold.p50), requests_per_second: round(metrics.perSecond), ...common }));

  // 3. Monitor vs pipeline on the same new mail (16 ingests in flight, as the inbound route sees them).
  const { ingest } = await import('../lib/email/pipeline');
  const { runMonitor } = await import('../lib/sales/monitor');
  const mail = compose(outreach, now);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < mail.length) await ingest(mail[next++]);
  }));
  const ingestPerSecond = mail.length / ((performance.now() - t0) / 1000);
  const counts = await runMonitor();
  // The new mail per second of the monitor's run. Rows it re-reads (its overlap window, or mail of a back-to-back
  // earlier run when --reuse) are its cost, not its output, so they do not count toward the rate.
  const monitorPerSecond = mail.length / (counts.durationMs / 1000);
  if (counts.errors.length) log(`monitor errors: ${counts.errors.slice(0, 3).join('; ')}`);
  console.log(JSON.stringify({
    bench: 'sales', metric: 'monitor_mail_per_second', value: round(monitorPerSecond), unit: 'mail/s', baseline: round(ingestPerSecond), ratio: round(monitorPerSecond / ingestPerSecond, 2), target: TARGET.monitorRatio,
    mail: mail.length, scanned_emails: counts.emailsScanned, scanned_outbox: counts.outboxScanned, linked: counts.interactions, replies: counts.replies, qualified: counts.qualified, monitor_ms: counts.durationMs, ...common,
  }));
  bare.close();
  await realtime.close();
}

await main();
process.exit(0);
