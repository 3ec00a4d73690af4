import { route } from '@/lib/http/handler';
import { readAccess, requireKnownFilter, writeAccess } from '@/lib/sales/api';
import { listProspectsJson } from '@/lib/sales/prospect-list-cache';
import { createProspect } from '@/lib/sales/prospects';
import { prospectCreateSchema, prospectListSchema } from '@/lib/sales/schemas';

export const GET = route({ access: readAccess, query: prospectListSchema }, async ({ caller, query }) => {
  await requireKnownFilter(query);
  return new Response(await listProspectsJson(caller, query), { headers: { 'content-type': 'application/json' } });
});

export const POST = route({ access: writeAccess, body: prospectCreateSchema, invalidStatus: 422 }, async ({ caller, body }) =>
  Response.json(await createProspect(caller, body), { status: 201 }),
);

export const dynamic = 'force-dynamic';
