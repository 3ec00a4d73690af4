import { z } from 'zod';
import { route, actorOf } from '@/lib/http/handler';
import { templateChangeSchema, updateReplyTemplate } from '@/lib/email/templates-admin';

export const PATCH = route(
  { access: { roles: ['ADMIN'] }, params: z.object({ id: z.string().min(1) }), body: templateChangeSchema, invalidStatus: 422 },
  async ({ params, body, caller }) => updateReplyTemplate(params.id, body, actorOf(caller)),
);
