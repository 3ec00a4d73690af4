import { route } from '@/lib/http/handler';
import { prospectParams, writeAccess } from '@/lib/sales/api';
import { moveProspect } from '@/lib/sales/prospects';
import { stageMoveSchema } from '@/lib/sales/schemas';

/** Moves a prospect to another stage; Won/Lost need a reason, leaving Won/Lost needs `reopen: true` (else 422). */
export const POST = route({ access: writeAccess, params: prospectParams, body: stageMoveSchema, invalidStatus: 422 }, ({ caller, params, body }) =>
  moveProspect(caller, params.id, body),
);

export const dynamic = 'force-dynamic';
