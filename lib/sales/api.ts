// Access shared by the sales route handlers: the sales roles for people, a scope for integrators.
import { z } from 'zod';
import { AREAS } from '@/lib/auth/roles';
import { validationError } from '@/lib/http/problem';
import { unknownStage } from './schemas';
import { listStages } from './stages';

export const SALES_ROLES = AREAS.sales;
export const readAccess = { roles: SALES_ROLES, scope: 'prospects:read' } as const;
export const writeAccess = { roles: SALES_ROLES, scope: 'prospects:write' } as const;
export const prospectParams = z.object({ id: z.string().min(1) });

/** The filter rule zod cannot check alone: a stage named in `?stage=` must exist. */
export async function requireKnownStage(stage: string | undefined) {
  const problem = stage ? unknownStage(stage, await listStages()) : null;
  if (problem) throw validationError(400, [{ field: 'query.stage', message: problem }]);
}
