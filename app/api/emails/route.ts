// GET /api/emails — inbound emails, newest first, filtered, with an opaque cursor for the next page.
import { route } from '@/lib/http/handler';
import { badRequest } from '@/lib/http/problem';
import { BadCursor, emailListQuery, listEmails } from '@/lib/email/queries';

export const GET = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT'], scope: 'emails:read' }, query: emailListQuery }, async ({ query }) => {
  try {
    return await listEmails(query);
  } catch (error) {
    if (error instanceof BadCursor) throw badRequest(error.message, { errors: [{ field: 'query.cursor', message: error.message }] });
    throw error;
  }
});
