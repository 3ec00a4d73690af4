import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { prospectParams, readAccess, writeAccess } from '@/lib/sales/api';
import { addInteraction, listInteractions } from '@/lib/sales/interactions';
import { interactionCreateSchema } from '@/lib/sales/schemas';

const pageQuery = z.object({ cursor: z.string().min(1).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

export const GET = route({ access: readAccess, params: prospectParams, query: pageQuery }, ({ caller, params, query }) =>
  listInteractions(caller, params.id, query),
);

export const POST = route({ access: writeAccess, params: prospectParams, body: interactionCreateSchema, invalidStatus: 422 }, async ({ caller, params, body }) =>
  Response.json(await addInteraction(caller, params.id, body), { status: 201 }),
);

export const dynamic = 'force-dynamic';
