import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/config/env';
import { sessionToken } from './session-token';

const cookieOf = (token: string) => new Map([['next-auth.session-token', token]]);
const issue = (maxAge: number) => encode({ token: { id: 'user-1', role: 'MANAGER', name: 'M', email: 'm@h-bu.de' }, secret: env().NEXTAUTH_SECRET, maxAge });

afterEach(() => vi.useRealTimers());

describe('sessionToken', () => {
  it('decodes the session cookie, and the same token again', async () => {
    const token = await issue(3_600);
    for (let i = 0; i < 2; i++) expect(await sessionToken(cookieOf(token), {})).toMatchObject({ id: 'user-1', role: 'MANAGER', email: 'm@h-bu.de' });
  });

  it('refuses a missing, foreign or tampered token', async () => {
    const token = await issue(3_600);
    expect(await sessionToken(new Map(), {})).toBeNull();
    expect(await sessionToken(cookieOf(`${token.slice(0, -4)}AAAA`), {})).toBeNull();
    const foreign = await encode({ token: { id: 'x' }, secret: 'another-secret-of-16+chars', maxAge: 3_600 });
    expect(await sessionToken(cookieOf(foreign), {})).toBeNull();
  });

  it('stops accepting a remembered token once it has expired', async () => {
    const token = await issue(60);
    expect(await sessionToken(cookieOf(token), {})).not.toBeNull();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 120_000);
    expect(await sessionToken(cookieOf(token), {})).toBeNull();
  });
});
