// The one way the server announces a change. Realtime is a notification, not the source of truth:
// a failed publish is logged and never fails the write that caused it.
import Pusher from 'pusher';
import { env } from '@/lib/config/env';

let client: Pusher | undefined;
let clientFor = '';

export function pusherServer(): Pusher {
  const e = env();
  const id = `${e.PUSHER_HOST}:${process.env.PUSHER_PORT ?? e.PUSHER_PORT}:${e.PUSHER_KEY}`;
  if (!client || clientFor !== id) {
    client = new Pusher({
      appId: e.PUSHER_APP_ID,
      key: e.PUSHER_KEY,
      secret: e.PUSHER_SECRET,
      host: e.PUSHER_HOST,
      port: String(process.env.PUSHER_PORT ?? e.PUSHER_PORT),
      useTLS: e.PUSHER_USE_TLS,
      cluster: e.PUSHER_CLUSTER,
      timeout: 2_000,
    });
    clientFor = id;
  }
  return client;
}

export async function publish(channel: string, event: string, data: unknown): Promise<boolean> {
  try {
    await pusherServer().trigger(channel, event, data);
    return true;
  } catch (error) {
    console.warn(`realtime: could not publish ${event} on ${channel}: ${(error as Error).message}`);
    return false;
  }
}
