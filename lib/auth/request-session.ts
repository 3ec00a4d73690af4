// The signed-in user behind a route-handler request, read from the next-auth JWT cookie of that request
// (not from ambient request state, so handlers work the same under Next and in tests).
import { getToken } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { env } from '@/lib/config/env';
import type { Role } from './roles';

export type RequestUser = { id: string; role: Role; name: string; email: string };

function cookieMap(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of header?.split(';') ?? []) {
    const i = part.indexOf('=');
    if (i > 0) map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

export async function userFromRequest(req: Request): Promise<RequestUser | null> {
  const cookies = cookieMap(req.headers.get('cookie'));
  if (![...cookies.keys()].some((k) => k.includes('next-auth.session-token'))) return null;
  const secureCookie = [...cookies.keys()].some((k) => k.startsWith('__Secure-next-auth.session-token'));
  const token = await getToken({ req: { cookies, headers: Object.fromEntries(req.headers) } as never, secret: env().NEXTAUTH_SECRET, secureCookie });
  if (!token?.id) return null;
  // The token may outlive a role change or a deactivation; the database has the final word.
  const user = await db.user.findUnique({ where: { id: String(token.id) }, select: { id: true, role: true, name: true, email: true, active: true } });
  if (!user?.active) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
