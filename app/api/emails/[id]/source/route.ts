// GET /api/emails/{id}/source — the message exactly as it arrived, for admins.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { emailSource } from '@/lib/email/queries';

export const GET = route({ access: { roles: ['ADMIN'] }, params: z.object({ id: z.string().min(1).max(64) }) }, async ({ params }) => {
  const raw = await emailSource(params.id);
  if (!raw) throw notFound('The email');
  return new Response(new Uint8Array(raw), {
    headers: {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="${params.id.replace(/[^\w-]/g, '')}.eml"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
});
