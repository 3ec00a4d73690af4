// Fills a SQLite database with N realistic inbound emails spread over the last 90 days (plus their tasks,
// ratings and orders) and rebuilds the KPI rollups — the data set for bench/dashboard.ts.
//   tsx scripts/seed-emails.ts --emails 1000000 --db file:./data/bench.db [--days 90] [--seed 1]
//   npm run db:seed -- --emails 1000000          (the database of DATABASE_URL)
import { parseArgs } from 'node:util';

export async function seedEmailsFromArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { emails: { type: 'string' }, db: { type: 'string' }, days: { type: 'string', default: '90' }, seed: { type: 'string', default: '1' } },
    strict: true,
  });
  const count = Number(values.emails);
  const days = Number(values.days);
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: --emails <N> [--db file:./data/bench.db] [--days 90] [--seed 1]');
  if (!(days > 0)) throw new Error('--days must be a positive number');
  const url = values.db ?? process.env.DATABASE_URL ?? 'file:./data/dev.db';
  // lib/db reads DATABASE_URL when first imported, so it is set before the writer (and lib/db with it) loads.
  process.env.DATABASE_URL = url;
  const { seedEmails } = await import('./seed-emails/write');
  const result = await seedEmails({ url, count, days, seed: Number(values.seed) });
  console.log(`seeded ${result.emails} emails and ${result.orders} orders into ${url} in ${result.seconds} s (${result.rollupHours} rollup hours)`);
  const { db } = await import('@/lib/db');
  await db.$disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) await seedEmailsFromArgs(process.argv.slice(2));
