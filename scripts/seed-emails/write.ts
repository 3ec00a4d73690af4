// Writes N seeded emails (thread, email, task, rating invitation) and orders straight into a SQLite file with
// better-sqlite3 — prepared statements in large transactions — then rebuilds the KPI rollups with the same code
// the cron route runs. The full-text index fills itself through the email_search triggers.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { db } from '@/lib/db';
import { isPostgresUrl } from '@/lib/db/client';
import { classifyEmail } from '@/lib/email/classify';
import { pipelineDirectory } from '@/lib/email/directory';
import { followMailbox, routeEmail } from '@/lib/email/route';
import { slaDueAt } from '@/lib/email/sla';
import { createRng, type Rng } from '@/lib/email/simulator/random';
import { runRollup } from '@/lib/kpi/rollup';
import { DAY_MS } from '@/lib/kpi/time';
import { migrate, sqliteFile } from '../migrate';
import { seed as seedBase } from '../../prisma/seed';
import { writeMessage } from './corpus';
import { outcomeOf } from './history';

export type SeedOptions = { url: string; count: number; days: number; seed: number; now?: Date };

const BATCH = 5_000;
const EMAILS_PER_STATEMENT = 100;
/** One order per this many emails. */
const EMAILS_PER_ORDER = 60;
const iso = (d: Date | null) => (d ? d.toISOString().replace('Z', '+00:00') : null);

/** Busy on weekday office hours (UTC), quiet at night and at weekends. */
function weight(t: number) {
  const d = new Date(t);
  const h = d.getUTCHours();
  const hours = h >= 7 && h < 17 ? 1 : h >= 5 && h < 20 ? 0.4 : 0.08;
  return [0, 6].includes(d.getUTCDay()) ? hours * 0.25 : hours;
}

/** `count` arrival times over the last `days`, oldest first. */
function arrivals(rng: Rng, count: number, from: number, to: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; ) {
    const t = from + rng.next() * (to - from);
    if (rng.next() < weight(t)) out[i++] = t;
  }
  return out.sort();
}

export async function seedEmails(opts: SeedOptions) {
  if (isPostgresUrl(opts.url)) throw new Error('seed-emails writes a SQLite file directly; pass a file: URL (e.g. --db file:./data/bench.db).');
  const now = opts.now ?? new Date();
  const started = performance.now();
  await migrate(opts.url);
  await seedBase(opts.url);
  console.log(`  database ready (${Math.round((performance.now() - started) / 1000)} s)`);
  const dir = await pipelineDirectory();
  const rng = createRng(opts.seed);
  const [members, customers, products] = await Promise.all([
    db.user.findMany({ where: { active: true, businessUnitId: { not: null } }, select: { id: true, businessUnitId: true } }),
    db.customer.findMany({ select: { id: true, name: true, email: true } }),
    db.product.findMany({ where: { active: true }, select: { id: true, sku: true, name: true, priceCents: true } }),
  ]);
  const staffOf = new Map<string, string[]>();
  for (const m of members) staffOf.set(m.businessUnitId!, [...(staffOf.get(m.businessUnitId!) ?? []), m.id]);

  const sqlite = new Database(sqliteFile(opts.url), { timeout: 30_000 });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const insertThread = sqlite.prepare('INSERT INTO "Thread" (id, subject, subjectKey, participantsKey, messageCount, lastMessageAt, createdAt) VALUES (?, ?, ?, ?, 1, ?, ?)');
  // Many rows per statement: the full-text trigger's index buffer is flushed once per statement, not per row.
  const emailStatement = (rows: number) =>
    sqlite.prepare(`INSERT INTO "Email" (id, messageId, direction, threadId, fromAddress, fromName, toAddresses, ccAddresses, subject, text, html, headers, "references",
      receivedAt, size, type, priority, language, isOem, customerId, businessUnitId, ruleId, reasons, slaDueAt, autoHandled, autoHandledBy, createdAt)
      VALUES ${new Array(rows).fill("(?, ?, 'INBOUND', ?, ?, ?, ?, '[]', ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(', ')}`);
  const insertEmails = emailStatement(EMAILS_PER_STATEMENT);
  let pending: unknown[][] = [];
  const flushEmails = () => {
    if (pending.length === EMAILS_PER_STATEMENT) insertEmails.run(pending.flat());
    else if (pending.length) emailStatement(pending.length).run(pending.flat());
    pending = [];
  };
  // agentReviewedAt: the unit's agent decided on every seeded email half a minute after it arrived.
  const insertTask = sqlite.prepare(`INSERT INTO "Task" (id, emailId, businessUnitId, assigneeId, status, priority, slaDueAt, firstResponseAt, closedAt, escalationLevel, agentReviewedAt, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`);
  const insertCsat = sqlite.prepare('INSERT INTO "CsatResponse" (id, token, emailId, businessUnitId, customerEmail, rating, answeredAt, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

  const tasks: unknown[][] = [];
  const ratings: unknown[][] = [];
  const times = arrivals(rng, opts.count, +now - opts.days * DAY_MS, +now);
  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const receivedAt = new Date(times[i]);
      const m = writeMessage(rng, receivedAt, i);
      const c = classifyEmail(
        { fromAddress: m.fromAddress, subject: m.subject, text: m.text, headers: m.headers, attachments: m.attachments.map((filename) => ({ filename })), isDeliveryReport: false },
        { customersByDomain: dir.customersByDomain },
      );
      const ruled = routeEmail({ subject: m.subject, text: m.text, attachments: m.attachments, type: c.type, isOem: c.isOem, fromAddress: m.fromAddress }, dir.rules, dir.units, dir.fallbackUnit);
      const route = followMailbox(ruled, [m.to], dir.units);
      const sla = route.unit.slaMinutes[c.priority];
      const due = slaDueAt(receivedAt, sla);
      const outcome = outcomeOf(rng, { type: c.type, receivedAt, slaMinutes: sla }, now);
      const staff = staffOf.get(route.unit.id);
      const [threadId, emailId] = [randomUUID(), randomUUID()];
      const received = iso(receivedAt);
      const reasons = { ...c.reasons, route: route.reasons, autoReply: [] };
      insertThread.run(threadId, m.subject, m.subject.toLowerCase(), m.fromAddress, received, received);
      pending.push([
        emailId, `<seed.${opts.seed}.${i}.${emailId.slice(0, 8)}@${m.fromAddress.split('@')[1]}>`, threadId, m.fromAddress, m.fromName, JSON.stringify([m.to]),
        m.subject, m.text, m.html, JSON.stringify(m.headers), received, m.text.length + 600, c.type, c.priority, c.language, c.isOem ? 1 : 0,
        c.customer?.id ?? null, route.unit.id, route.rule?.id ?? null, JSON.stringify(reasons), iso(due), outcome.autoHandled ? 1 : 0,
        outcome.autoHandled ? route.unit.key : null, received,
      ]);
      if (pending.length === EMAILS_PER_STATEMENT) flushEmails();
      const assignee = outcome.assigned && staff?.length ? rng.pick(staff) : null;
      const touched = iso(outcome.closedAt ?? outcome.firstResponseAt ?? receivedAt);
      const reviewed = iso(new Date(Math.min(+now, +receivedAt + 30_000)));
      tasks.push([randomUUID(), emailId, route.unit.id, assignee, outcome.status, c.priority, iso(due), iso(outcome.firstResponseAt), iso(outcome.closedAt), reviewed, received, touched]);
      if (outcome.rating)
        ratings.push([randomUUID(), randomUUID().replace(/-/g, ''), emailId, route.unit.id, m.fromAddress, outcome.rating.rating, iso(outcome.rating.answeredAt), iso(outcome.rating.invitedAt)]);
    }
    flushEmails();
    for (const t of tasks.splice(0)) insertTask.run(t);
    for (const r of ratings.splice(0)) insertCsat.run(r);
  });
  for (let i = 0; i < opts.count; i += BATCH) {
    writeBatch(i, Math.min(opts.count, i + BATCH));
    if ((i / BATCH) % 20 === 19) console.log(`  ${i + BATCH} emails written (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  console.log(`  emails written (${Math.round((performance.now() - started) / 1000)} s)`);
  const orders = writeOrders(sqlite, rng, Math.round(opts.count / EMAILS_PER_ORDER), +now - opts.days * DAY_MS, +now, customers, products);
  sqlite.exec('ANALYZE');
  sqlite.close();
  console.log(`  orders written, indexes analysed (${Math.round((performance.now() - started) / 1000)} s)`);
  const rollup = await runRollup(now, { full: true });
  return { emails: opts.count, orders, rollupHours: rollup.hours, seconds: Math.round((performance.now() - started) / 1000) };
}

type CustomerRow = { id: string; name: string; email: string | null };
type ProductRow = { id: string; sku: string; name: string; priceCents: number };

const ORDER_STATUSES = [
  ['DELIVERED', 50],
  ['SHIPPED', 15],
  ['CONFIRMED', 15],
  ['PLACED', 10],
  ['CANCELLED', 7],
  ['DRAFT', 3],
] as const;

/** Orders with numbers after the year's counter, which is then moved on so the shop continues the sequence. */
function writeOrders(sqlite: Database.Database, rng: Rng, count: number, from: number, to: number, customers: CustomerRow[], products: ProductRow[]) {
  if (!customers.length || !products.length) return 0;
  const counter = sqlite.prepare('SELECT value FROM "Counter" WHERE key = ?');
  const setCounter = sqlite.prepare('INSERT INTO "Counter" (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const insertOrder = sqlite.prepare(`INSERT INTO "Order" (id, number, status, source, customerId, email, contactName, company, shippingAddress, billingAddress, paymentMethod,
    netCents, vatCents, shippingCents, totalCents, placedAt, createdAt, updatedAt) VALUES (?, ?, ?, 'shop', ?, ?, ?, ?, ?, ?, 'INVOICE', ?, ?, ?, ?, ?, ?, ?)`);
  const insertItem = sqlite.prepare('INSERT INTO "OrderItem" (id, orderId, productId, sku, name, unitPriceCents, quantity, lineCents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const address = JSON.stringify({ line1: 'Knopfallee 1', postalCode: '80331', city: 'München', country: 'DE' });
  const sequence = new Map<number, number>();
  sqlite.transaction(() => {
    for (const t of arrivals(rng, count, from, to)) {
      const placedAt = new Date(t);
      const year = placedAt.getUTCFullYear();
      const next = (sequence.get(year) ?? ((counter.get(`order:${year}`) as { value: number } | undefined)?.value ?? 0)) + 1;
      sequence.set(year, next);
      const customer = rng.pick(customers);
      const lines = rng.sample(products, rng.int(1, 3)).map((p) => ({ p, quantity: rng.pick([50, 100, 250, 500, 1000]) }));
      const net = lines.reduce((s, l) => s + l.p.priceCents * l.quantity, 0);
      const vat = Math.round(net * 0.19);
      const shipping = net >= 15_000 ? 0 : 590;
      const id = randomUUID();
      const when = iso(placedAt);
      const status = rng.weighted(ORDER_STATUSES, ([, w]) => w)[0];
      insertOrder.run(id, `HB-${year}-${String(next).padStart(6, '0')}`, status, customer.id, customer.email ?? 'orders@example.com', customer.name, customer.name, address, address, net, vat, shipping, net + vat + shipping, when, when, when);
      for (const l of lines) insertItem.run(randomUUID(), id, l.p.id, l.p.sku, l.p.name, l.p.priceCents, l.quantity, l.p.priceCents * l.quantity);
    }
    for (const [year, value] of sequence) setCounter.run(`order:${year}`, value);
  })();
  return count;
}
