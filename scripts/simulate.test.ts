// `npm run simulate` runs the pipeline outside Next, where a module marked server-only throws on import: the whole
// path from the script to the store must load and work there.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('npm run simulate', () => {
  it('stores simulated traffic through the real pipeline from the command line', async () => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--count', '3', '--seed', '7'], {
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 60_000,
    }).catch((failed: { code: number; stdout: string; stderr: string }) => failed);
    // The child's error as text: rethrown, its stack sends vitest's source-map reader into the child's files.
    const error = 'code' in run ? run.stderr.match(/^\w*Error: .*$/m)?.[0] ?? `exit code ${run.code}` : null;
    expect(error).toBeNull();
    expect(run.stdout).toMatch(/^seed 7: 3 generated, 3 stored, 0 duplicates, 0 failed/m);
  });
});
