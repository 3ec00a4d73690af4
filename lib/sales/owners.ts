// Who can own prospects: active sales reps, managers and admins.
import { db, type Db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { unprocessable } from '@/lib/http/problem';

export const OWNER_ROLES: Role[] = ['SALES_REP', 'MANAGER', 'ADMIN'];

export function listOwners(client: Pick<Db, 'user'> = db) {
  return client.user.findMany({
    where: { active: true, role: { in: OWNER_ROLES } },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: 'asc' },
  });
}

/** The users an owner filter names: the one with that id, or none (see unknownOwner). */
export function usersWithId(id: string | undefined, client: Pick<Db, 'user'> = db) {
  return id ? client.user.findMany({ where: { id }, select: { id: true } }) : Promise.resolve([]);
}

export async function requireOwner(client: Pick<Db, 'user'>, ownerId: string, field = 'body.ownerId') {
  const owner = await client.user.findFirst({ where: { id: ownerId, active: true, role: { in: OWNER_ROLES } }, select: { id: true, name: true } });
  if (!owner) throw unprocessable('The owner must be an active sales rep, manager or admin.', { errors: [{ field, message: 'is not a sales owner' }] });
  return owner;
}
