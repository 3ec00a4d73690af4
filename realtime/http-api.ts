import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { CHANNEL_NAME_RE, channelKind, type ChannelRegistry, type Subscriber } from './channels';
import { verifyApiRequest } from './signature';

/** Real Pusher limits, so that code which works here also works against the hosted service. */
const MAX_BODY_BYTES = 256 * 1024;
const MAX_DATA_BYTES = 10 * 1024;

export interface ApiContext {
  appId: string;
  key: string;
  secret: string;
  registry: ChannelRegistry;
  socketById(socketId: string): Subscriber | undefined;
  stats(): { connections: number; channels: number };
}

const ChannelName = z.string().regex(CHANNEL_NAME_RE, 'invalid channel name');
const EventName = z.string().min(1).max(200).refine((n) => !n.startsWith('pusher_internal:'), 'reserved event name');
const SocketId = z.string().regex(/^\d+\.\d+$/, 'invalid socket_id');

const EventBody = z.object({
  name: EventName,
  data: z.string(),
  channels: z.array(ChannelName).min(1).max(100).optional(),
  channel: ChannelName.optional(),
  socket_id: SocketId.optional(),
  info: z.string().optional(),
});

const BatchBody = z.object({
  batch: z.array(z.object({
    channel: ChannelName,
    name: EventName,
    data: z.string(),
    socket_id: SocketId.optional(),
    info: z.string().optional(),
  })).max(10),
});

type Route =
  | { kind: 'events' | 'batch_events' | 'channels'; appId: string }
  | { kind: 'channel' | 'users'; appId: string; channel: string };

const ROUTE_RE = /^\/apps\/([^/]+)\/(events|batch_events|channels)(?:\/([^/]+)(\/users)?)?\/?$/;

function matchRoute(path: string): Route | null {
  const m = ROUTE_RE.exec(path);
  if (!m) return null;
  const [, appId, section, channel, users] = m;
  if (channel === undefined) return { kind: section as 'events' | 'batch_events' | 'channels', appId };
  if (section !== 'channels') return null;
  return { kind: users ? 'users' : 'channel', appId, channel: decodeURIComponent(channel) };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, 'Request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody<T>(schema: z.ZodType<T>, body: Buffer): T {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Body is not valid JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HttpError(400, `Invalid body: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function infoAttributes(info: string | undefined, channel?: string): Set<string> {
  const attrs = new Set((info ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  if (attrs.has('user_count') && channel !== undefined && channelKind(channel) !== 'presence') {
    throw new HttpError(400, 'user_count may only be requested for presence channels');
  }
  return attrs;
}

export function createApiHandler(ctx: ApiContext): (req: IncomingMessage, res: ServerResponse) => void {
  function channelInfo(channel: string, attrs: Set<string>): Record<string, number> {
    const out: Record<string, number> = {};
    if (attrs.has('subscription_count')) out.subscription_count = ctx.registry.subscriptionCount(channel);
    if (attrs.has('user_count')) out.user_count = ctx.registry.userCount(channel);
    return out;
  }

  /** Serializes once per channel; every subscriber gets the same Buffer. */
  function publish(channel: string, name: string, data: string, socketId?: string): void {
    if (ctx.registry.subscriptionCount(channel) === 0) return;
    const frame = Buffer.from(JSON.stringify({ event: name, channel, data }));
    ctx.registry.publish(channel, frame, socketId ? ctx.socketById(socketId) : undefined);
  }

  function events(body: Buffer): unknown {
    const ev = parseBody(EventBody, body);
    const channels = ev.channels ?? (ev.channel ? [ev.channel] : []);
    if (channels.length === 0) throw new HttpError(400, 'Invalid body: channels: required');
    for (const ch of channels) infoAttributes(ev.info, ch);
    // Validate sizes for all channels before sending to any, so a 413 publishes nothing.
    if (Buffer.byteLength(ev.data) > MAX_DATA_BYTES) throw new HttpError(413, 'Event data exceeds 10 KB');
    for (const ch of channels) publish(ch, ev.name, ev.data, ev.socket_id);
    if (!ev.info) return {};
    const attrs = infoAttributes(ev.info);
    return { channels: Object.fromEntries(channels.map((ch) => [ch, channelInfo(ch, attrs)])) };
  }

  function batchEvents(body: Buffer): unknown {
    const { batch } = parseBody(BatchBody, body);
    for (const ev of batch) {
      infoAttributes(ev.info, ev.channel);
      if (Buffer.byteLength(ev.data) > MAX_DATA_BYTES) throw new HttpError(413, `Event data for ${ev.channel} exceeds 10 KB`);
    }
    for (const ev of batch) publish(ev.channel, ev.name, ev.data, ev.socket_id);
    if (!batch.some((ev) => ev.info)) return {};
    return { batch: batch.map((ev) => channelInfo(ev.channel, infoAttributes(ev.info))) };
  }

  function channels(params: Record<string, string>): unknown {
    const prefix = params.filter_by_prefix ?? '';
    const attrs = infoAttributes(params.info);
    if (attrs.has('user_count') && !prefix.startsWith('presence-')) {
      throw new HttpError(400, 'user_count requires filter_by_prefix=presence-');
    }
    const out: Record<string, Record<string, number>> = {};
    for (const name of ctx.registry.names()) {
      if (name.startsWith(prefix)) out[name] = attrs.has('user_count') ? { user_count: ctx.registry.userCount(name) } : {};
    }
    return { channels: out };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const method = req.method ?? 'GET';

    if (path === '/health' && (method === 'GET' || method === 'HEAD')) {
      return sendJson(res, 200, { status: 'ok', ...ctx.stats() });
    }
    const route = matchRoute(path);
    if (!route || route.appId !== ctx.appId) throw new HttpError(404, 'Not found');
    const wanted = route.kind === 'events' || route.kind === 'batch_events' ? 'POST' : 'GET';
    if (method !== wanted) {
      res.setHeader('allow', wanted);
      throw new HttpError(405, `Use ${wanted}`);
    }

    const body = await readBody(req);
    const auth = verifyApiRequest({
      method, path, rawQuery: q < 0 ? '' : rawUrl.slice(q + 1), body,
      key: ctx.key, secret: ctx.secret, nowSec: Date.now() / 1000,
    });
    if (!auth.ok) throw new HttpError(auth.status, auth.reason);

    switch (route.kind) {
      case 'events':
        return sendJson(res, 200, events(body));
      case 'batch_events':
        return sendJson(res, 200, batchEvents(body));
      case 'channels':
        return sendJson(res, 200, channels(auth.params));
      case 'channel': {
        const attrs = infoAttributes(auth.params.info, route.channel);
        const occupied = ctx.registry.subscriptionCount(route.channel) > 0;
        return sendJson(res, 200, { occupied, ...channelInfo(route.channel, attrs) });
      }
      case 'users':
        if (channelKind(route.channel) !== 'presence') throw new HttpError(400, 'Users can only be listed for presence channels');
        return sendJson(res, 200, { users: ctx.registry.userIds(route.channel).map((id) => ({ id })) });
    }
  }

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) console.error('realtime: HTTP API failure', err);
      const message = err instanceof HttpError ? err.message : 'Internal error';
      if (res.headersSent) return void res.destroy();
      // Pusher answers errors in plain text; the SDK puts the body into RequestError.body.
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: status === 413 ? 'close' : 'keep-alive' });
      res.end(`${message}\n`);
    });
  };
}
