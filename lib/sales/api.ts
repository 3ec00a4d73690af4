// Access shared by the sales route handlers: the sales roles for people, a scope for integrators.
import { z } from 'zod';
import { AREAS } from '@/lib/auth/roles';

export const SALES_ROLES = AREAS.sales;
export const readAccess = { roles: SALES_ROLES, scope: 'prospects:read' } as const;
export const writeAccess = { roles: SALES_ROLES, scope: 'prospects:write' } as const;
export const prospectParams = z.object({ id: z.string().min(1) });
