// `npm run simulate -- --count N [--seed S]`: simulated inbound traffic through the real pipeline into DATABASE_URL.
// Without --seed the seed follows SIMULATOR_SEED (run by run) or the clock; the summary prints it for a replay.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
if (existsSync('.env')) process.loadEnvFile('.env');

const { values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' } } });
const count = Number(values.count ?? process.env.SIMULATOR_RATE ?? 5);
if (!Number.isInteger(count) || count < 0) throw new Error('usage: npm run simulate -- --count N [--seed S]');
if (values.seed !== undefined && !Number.isInteger(Number(values.seed))) throw new Error('--seed must be an integer');

// The database client reads DATABASE_URL when first imported, so the app modules load after .env.
const { simulateTraffic, simulationSeed } = await import('../lib/email/simulator/simulate');
const { db } = await import('../lib/db');
const seed = values.seed !== undefined ? Number(values.seed) : await simulationSeed();
const started = performance.now();
const result = await simulateTraffic({ count, seed });
const seconds = (performance.now() - started) / 1000;

console.log(`seed ${result.seed}: ${result.generated} generated, ${result.ingested} stored, ${result.duplicates} duplicates, ${result.failed} failed in ${seconds.toFixed(1)} s`);
for (const [kind, n] of Object.entries(result.byKind).sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(11)} ${n}`);
for (const error of result.errors) console.error(`  ✖ ${error}`);
await db.$disconnect();
process.exit(result.failed ? 1 : 0);
