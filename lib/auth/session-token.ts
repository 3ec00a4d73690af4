// The next-auth session JWT carried in a request's cookies, decoded. Decrypting derives the key with HKDF each time,
// a few ms of CPU that every page and API call paid (twice per page); a token decodes to the same payload until it
// expires, so payloads are remembered per token string until their own `exp` (bounded, oldest dropped first).
import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt';
import { env } from '@/lib/config/env';

const REMEMBERED_TOKENS = 1_000;
const decoded = new Map<string, { payload: JWT; until: number }>();

async function rememberedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${params.salt ?? ''}\u0000${params.token}`;
  const hit = decoded.get(key);
  if (hit && hit.until > Date.now()) return hit.payload;
  decoded.delete(key);
  const payload = await decode(params);
  if (payload && typeof payload.exp === 'number') {
    if (decoded.size >= REMEMBERED_TOKENS) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, { payload, until: payload.exp * 1000 });
  }
  return payload;
}

/** The session token's payload, or null when there is none or it is invalid or expired. */
export async function sessionToken(cookies: Map<string, string>, headers: Record<string, string>): Promise<JWT | null> {
  const names = [...cookies.keys()];
  if (!names.some((k) => k.includes('next-auth.session-token'))) return null;
  const secureCookie = names.some((k) => k.startsWith('__Secure-next-auth.session-token'));
  return getToken({ req: { cookies, headers } as never, secret: env().NEXTAUTH_SECRET, secureCookie, decode: rememberedDecode });
}
