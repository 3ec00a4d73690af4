import { createHash, createHmac } from 'node:crypto';
import Pusher from 'pusher';
import PusherClient, { type Channel, type PresenceChannel } from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startRealtimeServer, type RealtimeServerOptions } from './server';

const app = { appId: '42', key: 'test-key', secret: 'test-secret' };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

type PresenceData = { user_id: string; user_info?: Record<string, string> };

async function setup(extra: Partial<RealtimeServerOptions> = {}) {
  const server = await startRealtimeServer({ port: 0, ...app, ...extra });
  cleanups.push(() => server.close());
  const api = new Pusher({ ...app, host: '127.0.0.1', port: String(server.port), useTLS: false });

  /** A connected pusher-js client whose channel auth is signed by `signer` (the real SDK). */
  function client(presence?: PresenceData, signer: Pusher = api): Promise<PusherClient> {
    const c = new PusherClient(app.key, {
      cluster: 'local',
      wsHost: '127.0.0.1',
      wsPort: server.port,
      forceTLS: false,
      enabledTransports: ['ws'],
      disableStats: true,
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, cb) => cb(null, signer.authorizeChannel(socketId, channelName, presence)),
      },
    });
    cleanups.push(() => c.disconnect());
    return new Promise((resolve, reject) => {
      c.connection.bind('connected', () => resolve(c));
      c.connection.bind('failed', () => reject(new Error('pusher-js connection failed')));
    });
  }
  return { server, api, client };
}

function subscribe<T extends Channel = Channel>(c: PusherClient, name: string): Promise<T> {
  const ch = c.subscribe(name) as T;
  return new Promise((resolve, reject) => {
    ch.bind('pusher:subscription_succeeded', () => resolve(ch));
    ch.bind('pusher:subscription_error', (e: unknown) => reject(new Error(`subscription_error ${JSON.stringify(e)}`)));
  });
}

function nextEvent<T = unknown>(ch: Channel, event: string, ms = 2000): Promise<{ data: T; meta: { user_id?: string } }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} on ${ch.name} within ${ms} ms`)), ms);
    const handler = (data: T, meta: { user_id?: string }) => {
      clearTimeout(timer);
      ch.unbind(event, handler);
      resolve({ data, meta });
    };
    ch.bind(event, handler);
  });
}

/** Independent implementation of Pusher's request signing, so tests do not trust the server's helper. */
async function signedFetch(port: number, method: string, path: string, body?: string, opts: { ts?: number; sentBody?: string } = {}) {
  const params: Record<string, string> = {
    auth_key: app.key,
    auth_timestamp: String(opts.ts ?? Math.floor(Date.now() / 1000)),
    auth_version: '1.0',
  };
  if (body !== undefined) params.body_md5 = createHash('md5').update(body).digest('hex');
  const query = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  const sig = createHmac('sha256', app.secret).update(`${method}\n${path}\n${query}`).digest('hex');
  return fetch(`http://127.0.0.1:${port}${path}?${query}&auth_signature=${sig}`, {
    method,
    body: opts.sentBody ?? body,
    headers: { 'content-type': 'application/json' },
  });
}

type RawMsg = { event: string; channel?: string; data?: unknown };

function rawSocket(port: number, key = app.key) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/app/${key}?protocol=7&client=test&version=1`);
  const messages: RawMsg[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (d) => {
    messages.push(JSON.parse(d.toString()) as RawMsg);
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  cleanups.push(() => ws.terminate());
  async function next(event: string, ms = 2000): Promise<RawMsg> {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = messages.findIndex((m) => m.event === event);
      if (i >= 0) return messages.splice(i, 1)[0];
      if (Date.now() > deadline) throw new Error(`no ${event} within ${ms} ms`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }
  return { ws, next, closed };
}

describe('websocket protocol', () => {
  it('sends connection_established with a socket id and activity timeout as a JSON string', async () => {
    const { server } = await setup();
    const raw = rawSocket(server.port);
    const msg = await raw.next('pusher:connection_established');
    expect(typeof msg.data).toBe('string');
    const data = JSON.parse(msg.data as string) as { socket_id: string; activity_timeout: number };
    expect(data.socket_id).toMatch(/^\d+\.\d+$/);
    expect(data.activity_timeout).toBe(120);
    raw.ws.send(JSON.stringify({ event: 'pusher:ping', data: {} }));
    await raw.next('pusher:pong');
    expect(server.stats().connections).toBe(1);
  });

  it('refuses an unknown app key with 4001', async () => {
    const { server } = await setup();
    const raw = rawSocket(server.port, 'nope');
    const err = await raw.next('pusher:error');
    expect(err.data).toMatchObject({ code: 4001 });
    expect(await raw.closed).toBe(4001);
    expect(server.stats().connections).toBe(0);
  });

  it('delivers a triggered event to public channel subscribers', async () => {
    const { api, client } = await setup();
    const ch = await subscribe(await client(), 'orders');
    const got = nextEvent<{ id: number }>(ch, 'order.created');
    await api.trigger('orders', 'order.created', { id: 7 });
    expect((await got).data).toEqual({ id: 7 });
  });

  it('accepts a correctly signed private subscription and refuses a forged one', async () => {
    const { server, api, client } = await setup();
    const good = await subscribe(await client(), 'private-team');

    const forger = new Pusher({ ...app, secret: 'not-the-secret', host: '127.0.0.1', port: String(server.port), useTLS: false });
    const bad = await client(undefined, forger);
    const errors: unknown[] = [];
    bad.connection.bind('error', (e: unknown) => errors.push(e));
    await expect(subscribe(bad, 'private-team')).rejects.toThrow(/AuthError.*401/);
    expect(errors).toContainEqual(expect.objectContaining({ data: expect.objectContaining({ code: 4009 }) }));

    const got = nextEvent(good, 'note');
    await api.trigger('private-team', 'note', { hi: 1 });
    expect((await got).data).toEqual({ hi: 1 });
    const info = await (await api.get({ path: '/channels/private-team', params: { info: 'subscription_count' } })).json();
    expect(info).toEqual({ occupied: true, subscription_count: 1 });
  });

  it('tracks presence members: list on join, member_added, member_removed on disconnect', async () => {
    const { server, client } = await setup();
    const alice = await subscribe<PresenceChannel>(await client({ user_id: 'alice', user_info: { name: 'Alice' } }), 'presence-room');
    expect(alice.members.count).toBe(1);

    const added = nextEvent<{ id: string; info: { name: string } }>(alice, 'pusher:member_added');
    const bobClient = await client({ user_id: 'bob', user_info: { name: 'Bob' } });
    const bob = await subscribe<PresenceChannel>(bobClient, 'presence-room');
    expect((await added).data).toEqual({ id: 'bob', info: { name: 'Bob' } });
    expect(bob.members.count).toBe(2);
    expect(bob.members.get('alice')).toEqual({ id: 'alice', info: { name: 'Alice' } });

    const removed = nextEvent<{ id: string }>(alice, 'pusher:member_removed');
    bobClient.disconnect();
    expect((await removed).data.id).toBe('bob');
    expect(alice.members.count).toBe(1);
    expect(server.stats()).toEqual({ connections: 1, channels: 1 });
  });

  it('unsubscribe leaves the presence channel and a later subscribe joins again', async () => {
    const { api, client } = await setup();
    const alice = await subscribe<PresenceChannel>(await client({ user_id: 'alice' }), 'presence-desk');
    const bobClient = await client({ user_id: 'bob' });
    await subscribe(bobClient, 'presence-desk');

    const removed = nextEvent<{ id: string }>(alice, 'pusher:member_removed');
    bobClient.unsubscribe('presence-desk');
    expect((await removed).data.id).toBe('bob');

    const added = nextEvent<{ id: string }>(alice, 'pusher:member_added');
    const bob = await subscribe<PresenceChannel>(bobClient, 'presence-desk');
    expect((await added).data.id).toBe('bob');
    const got = nextEvent(bob, 'ping');
    await api.trigger('presence-desk', 'ping', { ok: true });
    expect((await got).data).toEqual({ ok: true });
  });

  it('forwards client events on private/presence channels to other members only, with user_id', async () => {
    const { client } = await setup();
    const a = await subscribe<PresenceChannel>(await client({ user_id: 'a' }), 'presence-chat');
    const b = await subscribe<PresenceChannel>(await client({ user_id: 'b' }), 'presence-chat');
    const atB = nextEvent<{ typing: boolean }>(b, 'client-typing');
    const atA = nextEvent(a, 'client-typing', 500);
    expect(a.trigger('client-typing', { typing: true })).toBe(true);
    const got = await atB;
    expect(got.data).toEqual({ typing: true });
    expect(got.meta.user_id).toBe('a');
    await expect(atA).rejects.toThrow(/no client-typing/);
  });

  it('rejects client events on public channels', async () => {
    const { server } = await setup();
    const raw = rawSocket(server.port);
    await raw.next('pusher:connection_established');
    raw.ws.send(JSON.stringify({ event: 'pusher:subscribe', data: { channel: 'public' } }));
    await raw.next('pusher_internal:subscription_succeeded');
    raw.ws.send(JSON.stringify({ event: 'client-x', channel: 'public', data: {} }));
    const err = await raw.next('pusher:error');
    expect(JSON.stringify(err.data)).toMatch(/private and presence/);
  });

  it('pings silent clients, drops the ones that never answer and cleans up their presence membership', async () => {
    const { server, api, client } = await setup({ activityTimeout: 0.2, pongTimeoutMs: 200 });
    const watcher = await subscribe<PresenceChannel>(await client({ user_id: 'watcher' }), 'presence-live');

    const zombie = rawSocket(server.port);
    const est = await zombie.next('pusher:connection_established');
    const socketId = (JSON.parse(est.data as string) as { socket_id: string }).socket_id;
    const channelData = { user_id: 'zombie' };
    const { auth, channel_data } = api.authorizeChannel(socketId, 'presence-live', channelData);
    const added = nextEvent(watcher, 'pusher:member_added');
    zombie.ws.send(JSON.stringify({ event: 'pusher:subscribe', data: { channel: 'presence-live', auth, channel_data } }));
    await added;

    const removed = nextEvent<{ id: string }>(watcher, 'pusher:member_removed', 3000);
    await zombie.next('pusher:ping', 1500); // never answered
    expect((await removed).data.id).toBe('zombie');
    expect(server.stats().connections).toBe(1); // the pusher-js watcher answers pings and stays
  });
});

describe('HTTP events API', () => {
  it('delivers batch events to each channel', async () => {
    const { api, client } = await setup();
    const c = await client();
    const a = await subscribe(c, 'batch-a');
    const b = await subscribe(c, 'private-batch-b');
    const gotA = nextEvent(a, 'e1');
    const gotB = nextEvent(b, 'e2');
    await api.triggerBatch([
      { channel: 'batch-a', name: 'e1', data: { n: 1 } },
      { channel: 'private-batch-b', name: 'e2', data: { n: 2 } },
    ]);
    expect((await gotA).data).toEqual({ n: 1 });
    expect((await gotB).data).toEqual({ n: 2 });
  });

  it('rejects a bad signature, a stale timestamp and a tampered body with 401', async () => {
    const { server, api } = await setup();
    const wrong = new Pusher({ ...app, secret: 'wrong', host: '127.0.0.1', port: String(server.port), useTLS: false });
    await expect(wrong.trigger('x', 'e', {})).rejects.toMatchObject({ status: 401 });
    await expect(api.trigger('x', 'e', {})).resolves.toMatchObject({ status: 200 });

    const body = JSON.stringify({ name: 'e', channels: ['x'], data: '{}' });
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', body)).status).toBe(200);
    const stale = Math.floor(Date.now() / 1000) - 601;
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', body, { ts: stale })).status).toBe(401);
    const tampered = body.replace('"x"', '"y"');
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', body, { sentBody: tampered })).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${server.port}/apps/42/events`, { method: 'POST', body })).status).toBe(401);
  });

  it('rejects malformed bodies with 400 and oversized data with 413', async () => {
    const { server, api } = await setup();
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', '{not json')).status).toBe(400);
    const noChannel = JSON.stringify({ name: 'e', data: '{}' });
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', noChannel)).status).toBe(400);
    const badName = JSON.stringify({ name: 'e', channels: ['bad channel!'], data: '{}' });
    expect((await signedFetch(server.port, 'POST', '/apps/42/events', badName)).status).toBe(400);
    await expect(api.trigger('x', 'e', 'a'.repeat(11 * 1024))).rejects.toMatchObject({ status: 413 });
  });

  it('does not send an event back to the socket named in socket_id', async () => {
    const { api, client } = await setup();
    const a = await client();
    const b = await client();
    const chA = await subscribe(a, 'news');
    const chB = await subscribe(b, 'news');
    const firstAtA = nextEvent<{ n: number }>(chA, 'item');
    const atB = nextEvent<{ n: number }>(chB, 'item');
    await api.trigger('news', 'item', { n: 1 }, { socket_id: a.connection.socket_id });
    expect((await atB).data.n).toBe(1);
    await api.trigger('news', 'item', { n: 2 });
    // Events on one socket arrive in order, so A's first event being n=2 proves n=1 was withheld.
    expect((await firstAtA).data.n).toBe(2);
  });

  it('answers the channel info endpoints', async () => {
    const { server, api, client } = await setup();
    await subscribe(await client({ user_id: 'u1' }), 'presence-lobby');
    await subscribe(await client({ user_id: 'u2' }), 'presence-lobby');
    await subscribe(await client({ user_id: 'u1' }), 'presence-lobby'); // same user, second tab
    await subscribe(await client(), 'public-feed');

    const get = async (path: string, params?: Record<string, string>) => (await api.get({ path, params })).json();
    expect(await get('/channels')).toEqual({ channels: { 'presence-lobby': {}, 'public-feed': {} } });
    expect(await get('/channels', { filter_by_prefix: 'presence-', info: 'user_count' }))
      .toEqual({ channels: { 'presence-lobby': { user_count: 2 } } });
    expect(await get('/channels/presence-lobby', { info: 'user_count,subscription_count' }))
      .toEqual({ occupied: true, user_count: 2, subscription_count: 3 });
    expect(await get('/channels/empty-one')).toEqual({ occupied: false });
    const users = (await get('/channels/presence-lobby/users')) as { users: { id: string }[] };
    expect(users.users.map((u) => u.id).sort()).toEqual(['u1', 'u2']);
    await expect(api.get({ path: '/channels/public-feed', params: { info: 'user_count' } })).rejects.toMatchObject({ status: 400 });

    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', connections: 4, channels: 2 });
  });
});
