import { route } from '@/lib/http/handler';
import { prospectParams, writeAccess } from '@/lib/sales/api';
import { sendOutreach } from '@/lib/sales/outreach';
import { outreachSchema } from '@/lib/sales/schemas';

/** Queues an email to the prospect in the outbox and records it on the timeline. */
export const POST = route({ access: writeAccess, params: prospectParams, body: outreachSchema, invalidStatus: 422, rateLimit: 60 }, async ({ caller, params, body }) =>
  Response.json(await sendOutreach(caller, params.id, body), { status: 202 }),
);

export const dynamic = 'force-dynamic';
