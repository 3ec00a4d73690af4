// GET /api/emails/{id} — one email with its reasons, task, thread and attachments.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { emailDetailById } from '@/lib/email/queries';

export const GET = route(
  { access: { roles: ['ADMIN', 'MANAGER', 'AGENT'], scope: 'emails:read' }, params: z.object({ id: z.string().min(1).max(64) }) },
  async ({ params }) => {
    const email = await emailDetailById(params.id);
    if (!email) throw notFound('The email');
    return email;
  },
);
