// The signed-in person's latest notifications and unread count.
import { route } from '@/lib/http/handler';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { forbidden } from '@/lib/http/problem';
import { notificationFeed } from '@/lib/dashboard/notifications';

export const GET = route({ access: { roles: STAFF_ROLES } }, async ({ caller }) => {
  if (caller.kind !== 'user') throw forbidden('Only signed-in staff have notifications.');
  return Response.json(await notificationFeed(caller.id), { headers: { 'cache-control': 'no-store' } });
});

export const dynamic = 'force-dynamic';
