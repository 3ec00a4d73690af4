import { route, actorOf } from '@/lib/http/handler';
import { issueApiKey, listApiKeys, newApiKeySchema } from '@/lib/auth/api-key-admin';

export const GET = route({ access: { roles: ['ADMIN'] } }, async () => ({ items: await listApiKeys() }));

export const POST = route({ access: { roles: ['ADMIN'] }, body: newApiKeySchema }, async ({ body, caller }) =>
  Response.json(await issueApiKey(body, actorOf(caller)), { status: 201 }),
);
