// Buyer self-registration.
import type { Registration } from './registration-schema';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { conflict } from '@/lib/http/problem';
import { recordActivity } from '@/lib/audit';


export async function registerBuyer(input: Registration) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw conflict('An account with this email already exists.', { errors: [{ field: 'body.email', message: 'is already registered' }] });
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, role: 'BUYER' } });
    await recordActivity(tx, { actorType: 'user', actorId: user.id, actorName: user.name }, { action: 'user.registered', entityType: 'User', entityId: user.id, after: { email: user.email, role: user.role } });
    return { id: user.id, email: user.email, name: user.name };
  });
}
