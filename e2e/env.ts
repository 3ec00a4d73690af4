// Ports and secrets of the end-to-end server (never the developer's own instance on :3000).
// E2E_PORT / E2E_REALTIME_PORT move them, e.g. to run a second copy of the suite beside this one.
const port = Number(process.env.E2E_PORT ?? 3100);

export const E2E = {
  port,
  realtimePort: Number(process.env.E2E_REALTIME_PORT ?? 6101),
  baseURL: `http://localhost:${port}`,
  apiKey: 'hb_e2e_integrator_key_0123456789',
  password: 'e2e-password',
  cronSecret: 'e2e-cron-secret-0123456789',
} as const;
