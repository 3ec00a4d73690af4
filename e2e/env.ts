// Ports and secrets of the end-to-end server (never the developer's own instance on :3000).
export const E2E = {
  port: 3100,
  realtimePort: 6101,
  baseURL: 'http://localhost:3100',
  apiKey: 'hb_e2e_integrator_key_0123456789',
  password: 'e2e-password',
  cronSecret: 'e2e-cron-secret-0123456789',
} as const;
