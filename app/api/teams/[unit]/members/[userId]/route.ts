// DELETE removes a person from a unit (admins).
import { z } from 'zod';
import { actorOf, route } from '@/lib/http/handler';
import { removeMember } from '@/lib/dashboard/teams';

const params = z.object({ unit: z.string().regex(/^[a-z0-9_]+$/), userId: z.string().min(1) });

export const DELETE = route({ access: { roles: ['ADMIN'] }, params }, async ({ params, caller }) => removeMember(params.unit, params.userId, actorOf(caller)));
