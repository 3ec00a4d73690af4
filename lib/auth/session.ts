// Server-side "who is signed in" for pages and route handlers.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect, notFound } from 'next/navigation';
import { canOpen, type Area, type Role } from './roles';
import { sessionToken } from './session-token';

export type SessionUser = { id: string; role: Role; name: string; email: string };

/**
 * The session token as next-auth's session callback exposes it (see options.ts), read once per request: the layout
 * and the page both ask. Decoded directly rather than through getServerSession, which would also re-encrypt a
 * refreshed cookie that a server component cannot set.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = new Map((await cookies()).getAll().map((c) => [c.name, c.value]));
  const token = await sessionToken(jar, Object.fromEntries(await headers()));
  if (!token?.id) return null;
  return { id: String(token.id), role: token.role as Role, name: token.name ?? '', email: token.email ?? '' };
});

/** For pages: anonymous → login (and back), wrong role → 404 so staff areas don't reveal themselves. */
export async function requireArea(area: Area, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canOpen(user.role, area)) notFound();
  return user;
}

export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
