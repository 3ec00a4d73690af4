import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { ChannelRegistry } from './channels';
import { createApiHandler } from './http-api';
import { ConnectionHub } from './protocol';

export interface RealtimeServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  appId: string;
  key: string;
  secret: string;
  /** Seconds of client silence before a server ping; advertised to clients. Default 120 (Pusher's). */
  activityTimeout?: number;
  /** Milliseconds a pinged client has to answer before it is dropped. Default 30 000. */
  pongTimeoutMs?: number;
}

export interface RealtimeServer {
  port: number;
  close(): Promise<void>;
  stats(): { connections: number; channels: number };
}

/**
 * A Pusher Channels (protocol 7) compatible server: WebSocket endpoint `/app/:key` and the
 * signed HTTP events API under `/apps/:appId`, both on one port.
 */
export async function startRealtimeServer(opts: RealtimeServerOptions): Promise<RealtimeServer> {
  const activityTimeoutSec = opts.activityTimeout ?? 120;
  const pongTimeoutMs = opts.pongTimeoutMs ?? 30_000;
  const registry = new ChannelRegistry();
  const hub = new ConnectionHub({ key: opts.key, secret: opts.secret, activityTimeoutSec, pongTimeoutMs }, registry);
  const stats = () => ({ connections: hub.connections.size, channels: registry.size });

  const http = createServer(createApiHandler({
    appId: opts.appId,
    key: opts.key,
    secret: opts.secret,
    registry,
    socketById: (id) => hub.connections.get(id),
    stats,
  }));
  // Compression costs CPU per socket per message, defeating serialize-once fan-out; Pusher does not use it either.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 });
  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(req, socket, head, (ws) => hub.accept(ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });

  const sweepMs = Math.max(50, Math.min(5_000, activityTimeoutSec * 1000, pongTimeoutMs) / 4);
  const sweeper = setInterval(() => hub.sweep(), sweepMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  return {
    port: (http.address() as AddressInfo).port,
    stats,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        await hub.closeAll();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        http.closeAllConnections();
        await httpClosed;
      })();
      return closing;
    },
  };
}
