// Assign, change unit, change priority, close, reopen — one audited action per request.
import { z } from 'zod';
import { actorOf, route } from '@/lib/http/handler';
import { applyTaskAction, taskAction } from '@/lib/dashboard/task-actions';

const params = z.object({ id: z.string().min(1) });

export const PATCH = route({ access: { roles: ['ADMIN', 'MANAGER', 'AGENT'] }, params, body: taskAction, invalidStatus: 422 }, async ({ params, body, caller }) =>
  applyTaskAction(params.id, body, actorOf(caller)),
);
