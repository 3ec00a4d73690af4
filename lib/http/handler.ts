// The one wrapper every route handler goes through: identify the caller (session, API key or cron secret),
// check role/scope, CSRF for cookie writes, rate limit, validate params/query/body with zod, map errors to problem+json.
import 'server-only';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { z, ZodType } from 'zod';
import { env } from '@/lib/config/env';
import { findApiKey, type ApiKeyCaller } from '@/lib/auth/api-keys';
import { userFromRequest } from '@/lib/auth/request-session';
import type { Role, Scope } from '@/lib/auth/roles';
import { fieldErrors, forbidden, HttpError, problemResponse, unauthorized, validationError } from './problem';
import { takeToken } from './rate-limit';

export type UserCaller = { kind: 'user'; id: string; role: Role; name: string; email: string };
export type Caller = UserCaller | ApiKeyCaller | { kind: 'cron' } | { kind: 'anonymous' };

type Access = {
  /** Session roles allowed; omit to refuse signed-in users. */
  roles?: readonly Role[];
  /** Scope an API key needs; omit to refuse API keys. */
  scope?: Scope;
  /** Cron routes: `Authorization: Bearer $CRON_SECRET`. */
  cron?: boolean;
  /** Anyone, signed in or not (login-free pages such as CSAT or checkout); with `scope`, API keys still need it. */
  public?: boolean;
};

type Spec<P extends ZodType, Q extends ZodType, B extends ZodType> = {
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Status for a body that parses but breaks the rules of the schema (default 400). */
  invalidStatus?: 400 | 422;
  /** Requests per minute per caller; default from RATE_LIMIT_PER_MINUTE, counted per API area (/api/<area>). A route
   *  with its own limit counts on its own, whatever ids its path holds. */
  rateLimit?: number | false;
};

export type Ctx<P, Q, B> = { req: Request; caller: Caller; params: P; query: Q; body: B; requestId: string };
type Out<T extends ZodType | undefined> = T extends ZodType ? z.output<T> : undefined;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function route<P extends ZodType, Q extends ZodType, B extends ZodType>(
  spec: Spec<P, Q, B>,
  fn: (ctx: Ctx<Out<P>, Out<Q>, Out<B>>) => Promise<unknown>,
) {
  const ownBucket = typeof spec.rateLimit === 'number' ? randomUUID() : null;
  return async (req: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    const instance = new URL(req.url).pathname;
    let rateHeaders: Record<string, string> = {};
    try {
      const caller = await identify(req, spec.access);
      const limit = spec.rateLimit === false ? null : (spec.rateLimit ?? env().RATE_LIMIT_PER_MINUTE);
      if (limit) {
        const r = takeToken(`${callerKey(caller, req)}:${ownBucket ?? instance.split('/').slice(0, 3).join('/')}`, limit);
        rateHeaders = { 'ratelimit-limit': String(r.limit), 'ratelimit-remaining': String(r.remaining), 'ratelimit-reset': String(r.resetSeconds) };
        if (!r.ok) throw new HttpError(429, 'Too Many Requests', `Rate limit of ${limit} requests per minute exceeded.`, { retryAfter: r.resetSeconds });
      }
      const params = parse('params', spec.params, await context.params, 400);
      const query = parse('query', spec.query, Object.fromEntries(new URL(req.url).searchParams), 400);
      const body = spec.body ? parse('body', spec.body, await readJson(req), spec.invalidStatus ?? 400) : undefined;
      const result = await fn({ req, caller, params, query, body, requestId } as Ctx<Out<P>, Out<Q>, Out<B>>);
      const res = result instanceof Response ? result : Response.json(result);
      res.headers.set('x-request-id', requestId);
      for (const [k, v] of Object.entries(rateHeaders)) res.headers.set(k, v);
      return res;
    } catch (error) {
      if (error instanceof HttpError) {
        const retry: Record<string, string> = error.status === 429 ? { 'retry-after': String(error.extra.retryAfter) } : {};
        return problemResponse(error, requestId, instance, { ...rateHeaders, ...retry });
      }
      console.error(`[${requestId}] ${req.method} ${instance} failed`, error);
      return problemResponse(new HttpError(500, 'Internal Server Error', 'Something went wrong on our side; the request id helps us find it.'), requestId, instance);
    }
  };
}

function parse<T extends ZodType | undefined>(where: string, schema: T, input: unknown, status: 400 | 422) {
  if (!schema) return undefined;
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(status, fieldErrors(where, result.error));
  return result.data;
}

async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new HttpError(415, 'Unsupported Media Type', 'Send the body as application/json.');
  const text = await req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw validationError(400, [{ field: 'body', message: 'is not valid JSON' }]);
  }
}

function bearer(req: Request): string | null {
  const h = req.headers.get('authorization');
  return h?.toLowerCase().startsWith('bearer ') ? h.slice(7).trim() : null;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

async function identify(req: Request, access: Access): Promise<Caller> {
  const token = bearer(req);
  if (token) {
    if (access.cron && sameSecret(token, env().CRON_SECRET)) return { kind: 'cron' };
    const key = await findApiKey(token);
    if (!key) throw unauthorized('The API key is unknown or revoked.');
    if (access.public && !access.scope) return key; // public + scope: open to people, keys still need the scope
    if (!access.scope) throw forbidden('This endpoint is not available to API keys.');
    if (!key.scopes.includes(access.scope)) throw forbidden(`The API key lacks the scope "${access.scope}".`);
    return key;
  }
  const user = await userFromRequest(req);
  if (user) {
    if (WRITE_METHODS.has(req.method)) checkSameOrigin(req);
    if (access.public) return { kind: 'user', ...user };
    if (!access.roles) throw forbidden('This endpoint is not available to signed-in users.');
    if (!access.roles.includes(user.role)) throw forbidden(`Your role (${user.role}) may not do this.`);
    return { kind: 'user', ...user };
  }
  if (access.public) return { kind: 'anonymous' };
  throw unauthorized(access.cron && !access.roles ? 'Send "Authorization: Bearer $CRON_SECRET".' : undefined);
}

/** CSRF: a cookie-authenticated write must come from our own pages. */
function checkSameOrigin(req: Request) {
  const site = req.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return;
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (origin && host && new URL(origin).host === host) return;
  throw forbidden('Cross-site request refused (CSRF protection).');
}

function callerKey(caller: Caller, req: Request): string {
  if (caller.kind === 'user' || caller.kind === 'api_key') return `${caller.kind}:${caller.id}`;
  if (caller.kind === 'cron') return 'cron';
  return `ip:${req.headers.get('x-forwarded-for')?.split(',')[0].trim() ?? 'local'}`;
}

/** Who to name in the audit log. */
export function actorOf(caller: Caller): { actorType: string; actorId: string | null; actorName: string } {
  if (caller.kind === 'user') return { actorType: 'user', actorId: caller.id, actorName: caller.name || caller.email };
  if (caller.kind === 'api_key') return { actorType: 'api_key', actorId: caller.id, actorName: `API key ${caller.name}` };
  if (caller.kind === 'cron') return { actorType: 'system', actorId: null, actorName: 'Scheduler' };
  return { actorType: 'anonymous', actorId: null, actorName: 'Visitor' };
}
