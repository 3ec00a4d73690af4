import { startRealtimeServer } from './server';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`realtime: ${name} is not set (need PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET)`);
    process.exit(1);
  }
  return value;
}

const appId = required('PUSHER_APP_ID');
const key = required('PUSHER_KEY');
const secret = required('PUSHER_SECRET');
const host = process.env.PUSHER_HOST || '127.0.0.1';
const port = Number(process.env.PUSHER_PORT || 6001);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`realtime: PUSHER_PORT must be a port number, got ${process.env.PUSHER_PORT}`);
  process.exit(1);
}

const server = await startRealtimeServer({ appId, key, secret, host, port });
console.log(`realtime: Pusher protocol 7 server for app ${appId} listening on ws://${host}:${server.port}/app/${key} and http://${host}:${server.port}/apps/${appId}`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  // A second signal, or a hung close, still ends the process.
  setTimeout(() => process.exit(1), 5_000).unref();
  await server.close();
  console.log(`realtime: stopped (${signal})`);
  process.exit(0);
}
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));
