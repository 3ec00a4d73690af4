// The signed-in user behind a route-handler request, read from the next-auth JWT cookie of that request
// (not from ambient request state, so handlers work the same under Next and in tests).
import { db } from '@/lib/db';
import type { Role } from './roles';
import { sessionToken } from './session-token';

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
  const token = await sessionToken(cookieMap(req.headers.get('cookie')), Object.fromEntries(req.headers));
  if (!token?.id) return null;
  // The token may outlive a role change or a deactivation; the database has the final word.
  const user = await db.user.findUnique({ where: { id: String(token.id) }, select: { id: true, role: true, name: true, email: true, active: true } });
  if (!user?.active) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
