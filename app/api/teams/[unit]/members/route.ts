// POST adds a person to a unit (admins).
import { z } from 'zod';
import { actorOf, route } from '@/lib/http/handler';
import { addMember, memberInput } from '@/lib/dashboard/teams';

const params = z.object({ unit: z.string().regex(/^[a-z0-9_]+$/) });

export const POST = route({ access: { roles: ['ADMIN'] }, params, body: memberInput, invalidStatus: 422 }, async ({ params, body, caller }) =>
  Response.json(await addMember(params.unit, body.userId, actorOf(caller)), { status: 201 }),
);
