// Integrator API keys: shown once, stored as a SHA-256 hash, checked on every request.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { SCOPES, type Scope } from './roles';

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function generateApiKey(): string {
  return `hb_${randomBytes(24).toString('base64url')}`;
}

export type ApiKeyCaller = { kind: 'api_key'; id: string; name: string; scopes: Scope[] };

export async function createApiKey(input: { name: string; scopes: Scope[]; createdById?: string; key?: string }) {
  const key = input.key ?? generateApiKey();
  const record = await db.apiKey.create({
    data: { name: input.name, prefix: key.slice(0, 8), hash: hashApiKey(key), scopes: input.scopes, createdById: input.createdById },
  });
  return { key, record };
}

export async function findApiKey(key: string): Promise<ApiKeyCaller | null> {
  const record = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!record || record.revokedAt) return null;
  // Touch lastUsedAt at most once a minute so hot keys don't turn every read into a write.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  const scopes = (record.scopes as string[]).filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
  return { kind: 'api_key', id: record.id, name: record.name, scopes };
}
