// Access shared by the sales route handlers: the sales roles for people, a scope for integrators.
import { z } from 'zod';
import { AREAS } from '@/lib/auth/roles';
import { validationError, type FieldError } from '@/lib/http/problem';
import { usersWithId } from './owners';
import { unknownOwner, unknownStage } from './schemas';
import { listStages } from './stages';

export const SALES_ROLES = AREAS.sales;
export const readAccess = { roles: SALES_ROLES, scope: 'prospects:read' } as const;
export const writeAccess = { roles: SALES_ROLES, scope: 'prospects:write' } as const;
export const prospectParams = z.object({ id: z.string().min(1) });

/** The filter rules zod cannot check alone: a stage named in `?stage=` and an owner named in `?owner=` must exist. */
export async function requireKnownFilter({ stage, owner }: { stage?: string; owner?: string }) {
  const [stages, users] = await Promise.all([stage ? listStages() : [], usersWithId(owner)]);
  const errors: FieldError[] = [];
  const stageProblem = stage ? unknownStage(stage, stages) : null;
  if (stageProblem) errors.push({ field: 'query.stage', message: stageProblem });
  const ownerProblem = owner ? unknownOwner(owner, users) : null;
  if (ownerProblem) errors.push({ field: 'query.owner', message: ownerProblem });
  if (errors.length) throw validationError(400, errors);
}
