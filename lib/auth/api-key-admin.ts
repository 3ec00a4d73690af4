// Admin side of API keys: list, create (the key is shown once), revoke. Every change is audited.
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordActivity, type Actor } from '@/lib/audit';
import { notFound } from '@/lib/http/problem';
import { createApiKey, forgetApiKey } from './api-keys';
import { SCOPES } from './roles';

export const newApiKeySchema = z.object({
  name: z.string().trim().min(2, 'Give the key a name').max(80),
  scopes: z.array(z.enum(SCOPES)).min(1, 'Choose at least one scope'),
});

export function listApiKeys() {
  return db.apiKey.findMany({
    orderBy: [{ revokedAt: 'asc' }, { createdAt: 'desc' }],
    select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}

export async function issueApiKey(input: z.infer<typeof newApiKeySchema>, actor: Actor) {
  const { key, record } = await createApiKey({ ...input, createdById: actor.actorId ?? undefined });
  await recordActivity(db, actor, { action: 'api_key.created', entityType: 'ApiKey', entityId: record.id, after: { name: record.name, scopes: input.scopes } });
  return { id: record.id, name: record.name, prefix: record.prefix, scopes: input.scopes, key };
}

export async function revokeApiKey(id: string, actor: Actor) {
  const key = await db.apiKey.findUnique({ where: { id } });
  if (!key) throw notFound('API key');
  if (key.revokedAt) return key;
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordActivity(tx, actor, { action: 'api_key.revoked', entityType: 'ApiKey', entityId: id, before: { revokedAt: null }, after: { revokedAt: revoked.revokedAt } });
    return revoked;
  }).finally(() => forgetApiKey(key.hash));
}
