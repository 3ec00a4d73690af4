import { z } from 'zod';
import { route, actorOf } from '@/lib/http/handler';
import { deleteRoutingRule, ruleChangeSchema, updateRoutingRule } from '@/lib/email/rules-admin';

const params = z.object({ id: z.string().min(1) });

export const PATCH = route({ access: { roles: ['ADMIN'] }, params, body: ruleChangeSchema, invalidStatus: 422 }, async ({ params, body, caller }) =>
  updateRoutingRule(params.id, body, actorOf(caller)),
);

export const DELETE = route({ access: { roles: ['ADMIN'] }, params }, async ({ params, caller }) => deleteRoutingRule(params.id, actorOf(caller)));
