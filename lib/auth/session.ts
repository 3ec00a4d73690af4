// Server-side "who is signed in" for pages and route handlers.
import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect, notFound } from 'next/navigation';
import { authOptions } from './options';
import { canOpen, type Area, type Role } from './roles';

export type SessionUser = { id: string; role: Role; name: string; email: string };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return { id: session.user.id, role: session.user.role, name: session.user.name ?? '', email: session.user.email ?? '' };
}

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
