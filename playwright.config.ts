import { defineConfig } from '@playwright/test';
import { E2E } from './e2e/env';

// End-to-end: real Chromium (Debian's) against the real production build started exactly as `npm start` does,
// on its own ports and a fresh SQLite file, with the embedded realtime server and the scheduler running.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'data/playwright-results.json' }]],
  use: {
    baseURL: E2E.baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && node --import tsx scripts/start.ts',
    url: `${E2E.baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(E2E.port),
      APP_URL: E2E.baseURL,
      DATABASE_URL: 'file:./data/e2e.db',
      PUSHER_PORT: String(E2E.realtimePort),
      SEED_API_KEY: E2E.apiKey,
      DEMO_PASSWORD: E2E.password,
      CRON_SECRET: E2E.cronSecret,
      OUTBOX_DIR: 'data/e2e-outbox',
      NEXTAUTH_SECRET: 'e2e-secret-0123456789abcdef',
      SIMULATOR_SEED: '42',
    },
  },
});
