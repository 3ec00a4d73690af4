// `npm run bench`: runs every bench/*.ts in turn (each prints its own JSON lines) and reports which failed to run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const failed: string[] = [];
for (const file of files) {
  console.error(`\n━━ bench/${file} ━━`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) failed.push(file);
}
console.error(failed.length ? `\nbenchmarks that failed to run: ${failed.join(', ')}` : `\n${files.length} benchmarks ran`);
process.exit(failed.length ? 1 : 0);
