import { route } from '@/lib/http/handler';
import { readAccess, writeAccess } from '@/lib/sales/api';
import { listProspects } from '@/lib/sales/prospect-query';
import { createProspect } from '@/lib/sales/prospects';
import { prospectCreateSchema, prospectListSchema } from '@/lib/sales/schemas';

export const GET = route({ access: readAccess, query: prospectListSchema }, ({ caller, query }) => listProspects(caller, query));

export const POST = route({ access: writeAccess, body: prospectCreateSchema, invalidStatus: 422 }, async ({ caller, body }) =>
  Response.json(await createProspect(caller, body), { status: 201 }),
);

export const dynamic = 'force-dynamic';
