// A browser's view of the realtime server for integration tests: subscribe to a private channel, collect its events.
import PusherClient from 'pusher-js';
import { pusherServer } from '@/lib/realtime/publish';

export async function listen(channelName: string, event: string) {
  const client = new PusherClient(process.env.PUSHER_KEY!, {
    cluster: 'local',
    wsHost: '127.0.0.1',
    wsPort: Number(process.env.PUSHER_PORT),
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    channelAuthorization: { customHandler: ({ socketId, channelName: name }, cb) => cb(null, pusherServer().authorizeChannel(socketId, name)) },
  });
  const channel = client.subscribe(channelName);
  await new Promise((resolve) => channel.bind('pusher:subscription_succeeded', resolve));
  const seen: Record<string, unknown>[] = [];
  channel.bind(event, (data: Record<string, unknown>) => seen.push(data));
  return { seen, close: () => client.disconnect() };
}
