// Marks some (ids) or all of the signed-in person's notifications read.
import { route } from '@/lib/http/handler';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { forbidden } from '@/lib/http/problem';
import { markNotificationsRead, markReadInput } from '@/lib/dashboard/notifications';

export const POST = route({ access: { roles: STAFF_ROLES }, body: markReadInput }, async ({ caller, body }) => {
  if (caller.kind !== 'user') throw forbidden('Only signed-in staff have notifications.');
  return markNotificationsRead(caller.id, body.ids);
});
