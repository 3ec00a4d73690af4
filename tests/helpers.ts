// Shared test helpers: call route handlers as a signed-in user, an integrator or the scheduler.
import { encode } from 'next-auth/jwt';
import { db } from '@/lib/db';

export const TEST_API_KEY = 'hb_test_integrator_key_0123456789';
export const TEST_CRON_SECRET = 'test-cron-secret-0123456789';

/** A next-auth session cookie for a seeded user, exactly as the credentials sign-in would issue it. */
export async function sessionCookie(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const token = await encode({
    token: { id: user.id, role: user.role, name: user.name, email: user.email, sub: user.id },
    secret: process.env.NEXTAUTH_SECRET ?? 'happy-buttons-dev-secret-change-me',
  });
  return `next-auth.session-token=${token}`;
}

type Init = { method?: string; body?: unknown; headers?: Record<string, string>; as?: { email: string } | { apiKey: string } | { cron: true } };

/** Builds a Request the way a browser or integrator would send it (same-origin for cookie writes). */
export async function request(path: string, init: Init = {}): Promise<Request> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  if (init.as && 'email' in init.as) {
    headers.cookie = await sessionCookie(init.as.email);
    headers.origin ??= 'http://localhost';
    headers.host ??= 'localhost';
  }
  if (init.as && 'apiKey' in init.as) headers.authorization = `Bearer ${init.as.apiKey}`;
  if (init.as && 'cron' in init.as) headers.authorization = `Bearer ${TEST_CRON_SECRET}`;
  const body = init.body === undefined ? undefined : typeof init.body === 'string' || init.body instanceof Uint8Array ? (init.body as BodyInit) : JSON.stringify(init.body);
  return new Request(`http://localhost${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
}

export const params = <T extends Record<string, string>>(p: T = {} as T) => ({ params: Promise.resolve(p) });
