import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { prospectParams, readAccess, writeAccess } from '@/lib/sales/api';
import { findVisibleProspect } from '@/lib/sales/prospect-query';
import { deleteProspect, updateProspect } from '@/lib/sales/prospects';
import { prospectUpdateSchema } from '@/lib/sales/schemas';

export const GET = route({ access: readAccess, params: prospectParams }, async ({ caller, params }) => {
  const prospect = await findVisibleProspect(caller, params.id);
  if (!prospect) throw notFound('The prospect');
  return prospect;
});

export const PATCH = route({ access: writeAccess, params: prospectParams, body: prospectUpdateSchema, invalidStatus: 422 }, ({ caller, params, body }) =>
  updateProspect(caller, params.id, body),
);

export const DELETE = route({ access: writeAccess, params: prospectParams }, async ({ caller, params }) => {
  await deleteProspect(caller, params.id);
  return new Response(null, { status: 204 });
});

export const dynamic = 'force-dynamic';
