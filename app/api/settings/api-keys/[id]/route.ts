import { z } from 'zod';
import { route, actorOf } from '@/lib/http/handler';
import { revokeApiKey } from '@/lib/auth/api-key-admin';

export const DELETE = route({ access: { roles: ['ADMIN'] }, params: z.object({ id: z.string().min(1) }) }, async ({ params, caller }) => {
  const key = await revokeApiKey(params.id, actorOf(caller));
  return { id: key.id, revokedAt: key.revokedAt };
});
