// GET /api/emails — inbound emails, newest first, filtered, with an opaque cursor for the next page.
import { route } from '@/lib/http/handler';
import { badRequest, validationError } from '@/lib/http/problem';
import { BadCursor, emailListQuery, forCaller } from '@/lib/email/queries';
import { listEmailsJson } from '@/lib/email/list-cache';

export const GET = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT'], scope: 'emails:read' }, query: emailListQuery }, async ({ query, caller }) => {
  const own = forCaller(query, caller.kind === 'user' ? caller.id : null);
  if (!own) throw validationError(400, [{ field: 'query.assignee', message: '"me" needs a signed-in user; send a user id' }]);
  try {
    return new Response(await listEmailsJson(own), { headers: { 'content-type': 'application/json' } });
  } catch (error) {
    if (error instanceof BadCursor) throw badRequest(error.message, { errors: [{ field: 'query.cursor', message: error.message }] });
    throw error;
  }
});
