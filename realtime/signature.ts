import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Hex HMAC-SHA256, the only signature Pusher uses (socket auth and HTTP API). */
export function hmacHex(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data, 'utf8').digest('hex');
}

export function md5Hex(body: Buffer | string): string {
  return createHash('md5').update(body).digest('hex');
}

/** Constant-time string comparison; unequal lengths fail fast (the length is not a secret). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * Checks a private/presence subscription: `auth` must be `key:HMAC(secret, "socket_id:channel[:channel_data]")`.
 */
export function verifyChannelAuth(opts: {
  key: string;
  secret: string;
  socketId: string;
  channel: string;
  auth: string | undefined;
  channelData?: string;
}): boolean {
  const { auth } = opts;
  if (!auth) return false;
  const colon = auth.indexOf(':');
  if (colon < 0 || !safeEqual(auth.slice(0, colon), opts.key)) return false;
  const signed = opts.channelData === undefined
    ? `${opts.socketId}:${opts.channel}`
    : `${opts.socketId}:${opts.channel}:${opts.channelData}`;
  return safeEqual(auth.slice(colon + 1), hmacHex(opts.secret, signed));
}

export type ApiAuthResult =
  | { ok: true; params: Record<string, string> }
  | { ok: false; status: 400 | 401; reason: string };

/**
 * Parses a query string without treating '+' as space: the SDK signs the raw values,
 * so URLSearchParams' form decoding would break signatures.
 */
export function parseQuery(rawQuery: string): Record<string, string> | null {
  const params: Record<string, string> = {};
  try {
    for (const part of rawQuery.split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const k = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      params[k.toLowerCase()] = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    }
  } catch {
    return null;
  }
  return params;
}

/** Signs an HTTP API request the way the official SDKs do (used by tests and verification alike). */
export function signApiRequest(secret: string, method: string, path: string, params: Record<string, string>): string {
  const query = Object.keys(params)
    .filter((k) => k !== 'auth_signature')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return hmacHex(secret, `${method.toUpperCase()}\n${path}\n${query}`);
}

/** Verifies auth_key / auth_timestamp / auth_version / body_md5 / auth_signature of an HTTP API call. */
export function verifyApiRequest(opts: {
  method: string;
  path: string;
  rawQuery: string;
  body: Buffer;
  key: string;
  secret: string;
  nowSec: number;
  maxSkewSec?: number;
}): ApiAuthResult {
  const params = parseQuery(opts.rawQuery);
  if (!params) return { ok: false, status: 400, reason: 'Malformed query string' };
  const { auth_key, auth_timestamp, auth_version, auth_signature, body_md5 } = params;
  if (!auth_key || !auth_timestamp || !auth_signature || !auth_version) {
    return { ok: false, status: 401, reason: 'Missing auth_key, auth_timestamp, auth_version or auth_signature' };
  }
  if (auth_version !== '1.0') return { ok: false, status: 401, reason: 'Unsupported auth_version' };
  if (!safeEqual(auth_key, opts.key)) return { ok: false, status: 401, reason: 'Unknown auth_key' };
  const ts = Number(auth_timestamp);
  if (!Number.isFinite(ts) || Math.abs(opts.nowSec - ts) > (opts.maxSkewSec ?? 600)) {
    return { ok: false, status: 401, reason: 'Timestamp expired: given timestamp is not within 600s of server time' };
  }
  if (opts.body.length > 0 && (!body_md5 || !safeEqual(body_md5, md5Hex(opts.body)))) {
    return { ok: false, status: 401, reason: 'body_md5 missing or does not match the body' };
  }
  const expected = signApiRequest(opts.secret, opts.method, opts.path, params);
  if (!safeEqual(auth_signature, expected)) {
    return { ok: false, status: 401, reason: 'Invalid signature: you should have sent HmacSHA256Hex(secret, "METHOD\\npath\\nsorted query")' };
  }
  return { ok: true, params };
}
