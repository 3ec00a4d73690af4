// Who sees which prospects: a sales rep only their own, managers, admins and integrators all of them.
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Caller } from '@/lib/http/handler';
import { forbidden } from '@/lib/http/problem';
import type { Role } from '@/lib/auth/roles';

export const seesAllProspects = (c: Caller) => c.kind === 'api_key' || c.kind === 'cron' || (c.kind === 'user' && c.role !== 'SALES_REP');

/** The where-clause every prospect read and write starts from; another rep's prospect is then simply "not found". */
export function visibleProspects(c: Caller): Prisma.ProspectWhereInput {
  if (seesAllProspects(c)) return {};
  if (c.kind === 'user') return { ownerId: c.id };
  throw forbidden('Sign in to see prospects.');
}

/** Reassigning, deleting and editing stages is for managers, admins and integrators. */
export function requirePipelineManager(c: Caller, what: string) {
  if (!seesAllProspects(c)) throw forbidden(`Only managers may ${what}.`);
}

/** A signed-in page's user as the caller lib/sales functions expect. */
export const userCaller = (user: { id: string; role: Role; name: string; email: string }): Caller => ({ kind: 'user', ...user });
