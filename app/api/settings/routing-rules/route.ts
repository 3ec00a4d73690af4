import { route, actorOf } from '@/lib/http/handler';
import { createRoutingRule, listRoutingRules, newRuleSchema } from '@/lib/email/rules-admin';

// No API key scope covers settings: these are for signed-in admins only.
export const GET = route({ access: { roles: ['ADMIN'] } }, async () => ({ items: await listRoutingRules() }));

export const POST = route({ access: { roles: ['ADMIN'] }, body: newRuleSchema, invalidStatus: 422 }, async ({ body, caller }) =>
  Response.json(await createRoutingRule(body, actorOf(caller)), { status: 201 }),
);
