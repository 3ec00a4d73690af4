// GET /api/emails/{id}/attachments/{attachmentId} — staff download of an allowed attachment; quarantined files are never served.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { forbidden, notFound } from '@/lib/http/problem';
import { contentDisposition, safeContentType } from '@/lib/email/attachments';
import { attachmentFile } from '@/lib/email/queries';

const params = z.object({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) });

export const GET = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT'] }, params }, async ({ params }) => {
  const file = await attachmentFile(params.id, params.attachmentId);
  if (!file) throw notFound('The attachment');
  if (!file.allowed) throw forbidden('This attachment is quarantined: its file type is not allowed, so it is never served.');
  return new Response(new Uint8Array(file.content), {
    headers: {
      'content-type': safeContentType(file.contentType),
      'content-disposition': contentDisposition(file.filename),
      'content-length': String(file.content.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
});
