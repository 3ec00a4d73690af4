// pusher-js asks here before joining a private channel; only staff (and each user for their own channel) get a signature.
import { route } from '@/lib/http/handler';
import { forbidden, validationError } from '@/lib/http/problem';
import { ROLES } from '@/lib/auth/roles';
import { mayListen } from '@/lib/realtime/authorize';
import { pusherServer } from '@/lib/realtime/publish';

export const POST = route({ access: { roles: ROLES }, rateLimit: false }, async ({ req, caller }) => {
  const form = new URLSearchParams(await req.text());
  const socketId = form.get('socket_id');
  const channel = form.get('channel_name');
  if (!socketId || !/^\d+\.\d+$/.test(socketId)) throw validationError(400, [{ field: 'body.socket_id', message: 'is required' }]);
  if (!channel) throw validationError(400, [{ field: 'body.channel_name', message: 'is required' }]);
  if (caller.kind !== 'user' || !mayListen(caller, channel)) throw forbidden(`You may not listen to ${channel}.`);
  return Response.json(pusherServer().authorizeChannel(socketId, channel));
});

export const dynamic = 'force-dynamic';
