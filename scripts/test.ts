// `npm test`: type check, then vitest (unit + integration on real SQLite — and Postgres when TEST_POSTGRES_URL is set —
// with the real realtime server), then Playwright in real Chromium against the real server. Ends with one honest line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
mkdirSync('data', { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };

function step(label: string, cmd: string, args: string[], tally: () => Tally) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const t = tally();
  // A runner that crashed before reporting still counts as a failure.
  if (result.status !== 0 && t.failed === 0) t.failed = 1;
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
}

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null);

step('type check', bin('tsc'), ['--noEmit', '-p', '.'], () => ({ passed: 0, failed: 0, skipped: 0 }));

// One database per vitest process: the Postgres run is a second process, so the two never share settings.
const projects = process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
for (const project of projects) {
  const vitestOut = `data/vitest-results-${project}.json`;
  rmSync(vitestOut, { force: true });
  step(`unit and integration on ${project} (vitest)`, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`], () => {
    const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestOut);
    return r ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests } : { passed: 0, failed: 1, skipped: 0 };
  });
}

if (process.env.SKIP_E2E !== '1') {
  const pwOut = 'data/playwright-results.json';
  rmSync(pwOut, { force: true });
  step('end-to-end (Playwright, Chromium)', bin('playwright'), ['test'], () => {
    const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(pwOut);
    return r ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped } : { passed: 0, failed: 1, skipped: 0 };
  });
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
