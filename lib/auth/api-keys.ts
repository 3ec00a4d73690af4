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

/** A verified key is trusted this long without asking the database again: a revoked key stops working within this
 *  time on every server instance (at once on the instance that revoked it, see forgetApiKey). */
const VERIFIED_FOR_MS = 5_000;
const verified = new Map<string, { caller: ApiKeyCaller; until: number }>();

export async function findApiKey(key: string): Promise<ApiKeyCaller | null> {
  const hash = hashApiKey(key);
  const hit = verified.get(hash);
  if (hit && hit.until > Date.now()) return hit.caller;
  verified.delete(hash);
  const record = await db.apiKey.findUnique({ where: { hash } });
  if (!record || record.revokedAt) return null;
  // Touch lastUsedAt at most once a minute so hot keys don't turn every read into a write.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  const scopes = (record.scopes as string[]).filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
  const caller: ApiKeyCaller = { kind: 'api_key', id: record.id, name: record.name, scopes };
  if (verified.size >= 1_000) verified.clear(); // only keys that verified are kept, so this is a bound, not an eviction policy
  verified.set(hash, { caller, until: Date.now() + VERIFIED_FOR_MS });
  return caller;
}

/** Drops a key from this instance's verified keys (on revocation). */
export function forgetApiKey(hash: string) {
  verified.delete(hash);
}
