// A staff reply to the task's email: queued in the outbox (with a rating link), first response recorded.
import { z } from 'zod';
import { actorOf, route } from '@/lib/http/handler';
import { replyInput, replyToTask } from '@/lib/dashboard/task-actions';

const params = z.object({ id: z.string().min(1) });

export const POST = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT'] }, params, body: replyInput, invalidStatus: 422 }, async ({ params, body, caller }) =>
  Response.json(await replyToTask(params.id, body.body, actorOf(caller)), { status: 201 }),
);
