// The one way the server announces a change. Realtime is a notification, not the source of truth:
// a failed publish is logged and never fails the write that caused it.
// Events published in the same turn of the event loop leave together, ten per request (the Pusher limit for
// batch_events), over kept-alive connections: a burst of mail costs a few requests, not one per event.
import { Agent } from 'node:http';
import Pusher from 'pusher';
import { env } from '@/lib/config/env';

const BATCH_LIMIT = 10;
// Beyond this many requests in flight the realtime server is not keeping up: further events are dropped (open pages
// heal on their next render) instead of queueing without bound.
const MAX_REQUESTS_IN_FLIGHT = 16;

type Queued = { channel: string; name: string; data: string; resolve: (sent: boolean) => void };

let client: Pusher | undefined;
let clientFor = '';
let queued: Queued[] = [];
let inFlight = 0;

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
      agent: new Agent({ keepAlive: true, maxSockets: MAX_REQUESTS_IN_FLIGHT }),
    });
    clientFor = id;
  }
  return client;
}

/** A kept-alive connection the server has just closed fails without an HTTP status: that is worth one more try. */
const isDroppedConnection = (error: unknown) => (error as { status?: number }).status === undefined;

async function send(batch: Queued[]): Promise<void> {
  const events = batch.map(({ channel, name, data }) => ({ channel, name, data }));
  let sent = false;
  try {
    await pusherServer()
      .triggerBatch(events)
      .catch((error: unknown) => {
        if (!isDroppedConnection(error)) throw error;
        return pusherServer().triggerBatch(events);
      });
    sent = true;
  } catch (error) {
    const cause = (error as { error?: Error }).error?.message;
    console.warn(`realtime: could not publish ${batch.map((q) => q.name).join(', ')}: ${(error as Error).message}${cause ? ` (${cause})` : ''}`);
  } finally {
    inFlight--;
    batch.forEach((q) => q.resolve(sent));
  }
}

function flush() {
  const all = queued;
  queued = [];
  for (let i = 0; i < all.length; i += BATCH_LIMIT) {
    const batch = all.slice(i, i + BATCH_LIMIT);
    if (inFlight >= MAX_REQUESTS_IN_FLIGHT) {
      batch.forEach((q) => q.resolve(false));
      continue;
    }
    inFlight++;
    void send(batch);
  }
}

/** Resolves true once the realtime server accepted the event, false if it was not delivered (never rejects). */
export function publish(channel: string, event: string, data: unknown): Promise<boolean> {
  return new Promise((resolve) => {
    if (!queued.length) setImmediate(flush);
    queued.push({ channel, name: event, data: typeof data === 'string' ? data : JSON.stringify(data), resolve });
  });
}
