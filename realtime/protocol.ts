import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData } from 'ws';
import { z } from 'zod';
import { CHANNEL_NAME_RE, channelKind, type ChannelRegistry, type Subscriber } from './channels';
import { verifyChannelAuth } from './signature';

/** Pusher protocol versions whose framing we speak (pusher-js sends 7). */
const SUPPORTED_PROTOCOLS = new Set(['5', '6', '7']);
const MAX_CLIENT_EVENT_BYTES = 10 * 1024;
/** A subscriber this far behind is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export interface HubOptions {
  key: string;
  secret: string;
  /** Seconds of client silence before the server sends pusher:ping (advertised in the handshake). */
  activityTimeoutSec: number;
  /** Milliseconds to wait for any reply to that ping before dropping the socket. */
  pongTimeoutMs: number;
}

const Message = z.object({
  event: z.string().min(1),
  channel: z.string().optional(),
  data: z.unknown().optional(),
});

const SubscribeData = z.object({
  channel: z.string(),
  auth: z.string().optional(),
  channel_data: z.string().optional(),
});

const ChannelData = z.object({
  user_id: z.union([z.string().min(1), z.number()]).transform(String),
  user_info: z.unknown().optional(),
});

type PusherError = { code: number | null; message: string };

class Connection implements Subscriber {
  /** channel → presence user id (undefined for public/private channels). */
  readonly channels = new Map<string, string | undefined>();
  lastSeen = Date.now();
  pingSentAt = 0;

  constructor(readonly socketId: string, readonly ws: WebSocket) {}

  send(frame: Buffer): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.ws.terminate();
      return;
    }
    // A shared Buffer is written as-is by ws (no per-socket copy); binary:false keeps it a text frame.
    this.ws.send(frame, { binary: false });
  }

  sendJson(msg: object): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }

  error(err: PusherError): void {
    this.sendJson({ event: 'pusher:error', data: err });
  }
}

function frame(msg: object): Buffer {
  return Buffer.from(JSON.stringify(msg));
}

/** Owns the WebSocket side: handshake, subscriptions, client events, liveness. */
export class ConnectionHub {
  readonly connections = new Map<string, Connection>();

  constructor(private readonly opts: HubOptions, private readonly registry: ChannelRegistry) {}

  accept(ws: WebSocket, req: IncomingMessage): void {
    ws.on('error', () => ws.terminate());
    const refusal = this.checkHandshake(req.url ?? '/');
    if (refusal) {
      ws.send(JSON.stringify({ event: 'pusher:error', data: refusal }));
      ws.close(refusal.code ?? 4000, refusal.message);
      return;
    }
    const conn = new Connection(this.newSocketId(), ws);
    this.connections.set(conn.socketId, conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('close', () => this.drop(conn));
    conn.sendJson({
      event: 'pusher:connection_established',
      data: JSON.stringify({ socket_id: conn.socketId, activity_timeout: this.opts.activityTimeoutSec }),
    });
  }

  /** Pings silent clients and drops those that did not answer the previous ping. */
  sweep(now = Date.now()): void {
    const idleMs = this.opts.activityTimeoutSec * 1000;
    for (const conn of this.connections.values()) {
      if (conn.pingSentAt && now - conn.pingSentAt > this.opts.pongTimeoutMs) {
        conn.ws.terminate(); // 'close' handler cleans up subscriptions
      } else if (!conn.pingSentAt && now - conn.lastSeen > idleMs) {
        conn.pingSentAt = now;
        conn.sendJson({ event: 'pusher:ping', data: {} });
      }
    }
  }

  /** Asks clients to reconnect (4200) and waits briefly for them to go, then cuts the rest. */
  async closeAll(graceMs = 500): Promise<void> {
    const open = [...this.connections.values()].map((c) => c.ws);
    const closed = open.map((ws) => new Promise<void>((resolve) => {
      if (ws.readyState === WebSocket.CLOSED) return resolve();
      ws.once('close', () => resolve());
      ws.close(4200, 'Server shutting down');
    }));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(closed), new Promise((r) => { timer = setTimeout(r, graceMs); })]);
    clearTimeout(timer);
    for (const ws of open) ws.terminate();
    await Promise.all(closed);
  }

  private checkHandshake(rawUrl: string): PusherError | null {
    const url = new URL(rawUrl, 'http://localhost');
    const match = /^\/app\/([^/]+)\/?$/.exec(url.pathname);
    if (!match) return { code: 4005, message: 'Path not found' };
    if (decodeURIComponent(match[1]) !== this.opts.key) {
      return { code: 4001, message: `App key ${match[1]} does not exist` };
    }
    const protocol = url.searchParams.get('protocol');
    if (!protocol) return { code: 4008, message: 'No protocol version supplied' };
    if (!SUPPORTED_PROTOCOLS.has(protocol)) return { code: 4007, message: `Unsupported protocol version ${protocol}` };
    return null;
  }

  private newSocketId(): string {
    let id: string;
    do id = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
    while (this.connections.has(id));
    return id;
  }

  private onMessage(conn: Connection, raw: RawData, isBinary: boolean): void {
    conn.lastSeen = Date.now();
    conn.pingSentAt = 0; // any traffic proves the client is alive
    if (isBinary) return;
    const bytes = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    const text = bytes.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return conn.error({ code: null, message: 'Message is not valid JSON' });
    }
    const msg = Message.safeParse(parsed);
    if (!msg.success) return conn.error({ code: null, message: 'Message must be an object with an "event" string' });
    const { event, channel, data } = msg.data;
    switch (event) {
      case 'pusher:ping':
        return conn.sendJson({ event: 'pusher:pong', data: {} });
      case 'pusher:pong':
        return;
      case 'pusher:subscribe':
        return this.subscribe(conn, data);
      case 'pusher:unsubscribe':
        return this.unsubscribe(conn, data);
      default:
        if (event.startsWith('client-')) this.clientEvent(conn, event, channel, data, bytes.length);
    }
  }

  private subscribe(conn: Connection, rawData: unknown): void {
    const parsed = SubscribeData.safeParse(typeof rawData === 'string' ? safeJson(rawData) : rawData);
    if (!parsed.success) return conn.error({ code: null, message: 'pusher:subscribe needs data.channel' });
    const { channel, auth, channel_data } = parsed.data;
    if (!CHANNEL_NAME_RE.test(channel)) return this.refuse(conn, channel, null, 400, `Invalid channel name ${channel}`);
    if (conn.channels.has(channel)) return this.succeeded(conn, channel); // idempotent re-subscribe

    const kind = channelKind(channel);
    if (kind !== 'public') {
      const ok = verifyChannelAuth({
        key: this.opts.key,
        secret: this.opts.secret,
        socketId: conn.socketId,
        channel,
        auth,
        channelData: kind === 'presence' ? channel_data ?? '' : undefined,
      });
      if (!ok) {
        return this.refuse(conn, channel, 4009, 401,
          `Invalid signature: expected HMAC SHA256 hex digest of ${conn.socketId}:${channel}${kind === 'presence' ? ':<channel_data>' : ''}`);
      }
    }
    if (kind !== 'presence') {
      conn.channels.set(channel, undefined);
      this.registry.add(channel, conn);
      return this.succeeded(conn, channel);
    }

    const member = ChannelData.safeParse(safeJson(channel_data ?? ''));
    if (!member.success) return this.refuse(conn, channel, null, 400, 'channel_data must be JSON with a user_id');
    const { user_id, user_info } = member.data;
    conn.channels.set(channel, user_id);
    if (this.registry.add(channel, conn, { userId: user_id, info: user_info })) {
      this.registry.publish(channel, frame({
        event: 'pusher_internal:member_added',
        channel,
        data: JSON.stringify({ user_id, user_info }),
      }), conn);
    }
    this.succeeded(conn, channel);
  }

  private succeeded(conn: Connection, channel: string): void {
    const presence = conn.channels.get(channel) !== undefined ? { presence: this.registry.presence(channel) } : {};
    conn.sendJson({ event: 'pusher_internal:subscription_succeeded', channel, data: JSON.stringify(presence) });
  }

  /**
   * Pusher reports a refused subscription as pusher:error; pusher-js only surfaces channel-scoped
   * failures as `pusher:subscription_error`, so we send that too (as soketi does).
   */
  private refuse(conn: Connection, channel: string, code: number | null, status: number, message: string): void {
    conn.error({ code, message });
    conn.sendJson({
      event: 'pusher:subscription_error',
      channel,
      data: { type: status === 401 ? 'AuthError' : 'SubscriptionError', error: message, status },
    });
  }

  private unsubscribe(conn: Connection, rawData: unknown): void {
    const data = typeof rawData === 'string' ? safeJson(rawData) : rawData;
    const channel = z.object({ channel: z.string() }).safeParse(data);
    if (channel.success) this.leave(conn, channel.data.channel);
  }

  private leave(conn: Connection, channel: string): void {
    if (!conn.channels.has(channel)) return;
    const userId = conn.channels.get(channel);
    conn.channels.delete(channel);
    if (this.registry.remove(channel, conn, userId) && userId !== undefined) {
      this.registry.publish(channel, frame({
        event: 'pusher_internal:member_removed',
        channel,
        data: JSON.stringify({ user_id: userId }),
      }));
    }
  }

  private clientEvent(conn: Connection, event: string, channel: string | undefined, data: unknown, size: number): void {
    if (!channel || !conn.channels.has(channel)) {
      return conn.error({ code: null, message: `Client event rejected: not subscribed to ${channel ?? '(no channel)'}` });
    }
    const kind = channelKind(channel);
    if (kind === 'public' || channel.startsWith('private-encrypted-')) {
      return conn.error({ code: null, message: 'Client events are only supported on private and presence channels' });
    }
    if (size > MAX_CLIENT_EVENT_BYTES) return conn.error({ code: null, message: 'Client event exceeds 10 KB' });
    const userId = conn.channels.get(channel);
    const msg = userId === undefined ? { event, channel, data } : { event, channel, data, user_id: userId };
    this.registry.publish(channel, frame(msg), conn);
  }

  private drop(conn: Connection): void {
    if (!this.connections.delete(conn.socketId)) return;
    for (const channel of [...conn.channels.keys()]) this.leave(conn, channel);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
