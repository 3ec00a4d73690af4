import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` guards the Next bundle; in tests we are the server.
  'server-only': path.resolve(import.meta.dirname, 'tests/server-only-shim.ts'),
};

const common = { include: ['**/*.test.ts'], exclude: ['node_modules/**', 'e2e/**', '.next/**'], testTimeout: 30_000, hookTimeout: 60_000 };

// Every test runs against a real SQLite database; with TEST_POSTGRES_URL set, the same suite runs again on Postgres.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { ...common, name: 'sqlite', globalSetup: ['tests/global-setup.ts'], env: { HB_TEST_DB: 'sqlite' } } },
      ...(process.env.TEST_POSTGRES_URL
        ? [{ resolve: { alias }, test: { ...common, name: 'postgres', globalSetup: ['tests/global-setup.ts'], env: { HB_TEST_DB: 'postgres' } } }]
        : []),
    ],
  },
});
