// PATCH a unit's SLA minutes per priority (admins).
import { z } from 'zod';
import { actorOf, route } from '@/lib/http/handler';
import { setUnitSla, slaInput } from '@/lib/dashboard/teams';

const params = z.object({ unit: z.string().regex(/^[a-z0-9_]+$/) });

export const PATCH = route({ access: { roles: ['ADMIN'] }, params, body: z.object({ sla: slaInput }), invalidStatus: 422 }, async ({ params, body, caller }) =>
  setUnitSla(params.unit, body.sla, actorOf(caller)),
);
