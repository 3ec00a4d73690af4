// `npm run realtime`: the embedded Pusher-protocol server on its own, configured like the app.
import { existsSync } from 'node:fs';
import { envSchema } from '../lib/config/env';
import { startRealtimeServer } from './server';

if (existsSync('.env')) process.loadEnvFile('.env'); // variables already set win, as in scripts/start.ts

// The app's own schema, so both sides agree on names and defaults; only the Pusher fields matter here.
const parsed = envSchema
  .pick({ PUSHER_APP_ID: true, PUSHER_KEY: true, PUSHER_SECRET: true, PUSHER_HOST: true, PUSHER_PORT: true })
  .safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`realtime: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const { PUSHER_APP_ID: appId, PUSHER_KEY: key, PUSHER_SECRET: secret, PUSHER_HOST: host, PUSHER_PORT: port } = parsed.data;

const server = await startRealtimeServer({ appId, key, secret, host, port });
console.log(`realtime: Pusher protocol 7 server for app ${appId} listening on ws://${host}:${server.port}/app/${key} and http://${host}:${server.port}/apps/${appId}`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 5_000).unref(); // a hung close still ends the process
  await server.close();
  console.log(`realtime: stopped (${signal})`);
  process.exit(0);
}
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));
