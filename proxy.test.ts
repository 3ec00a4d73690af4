import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

const at = (path: string, cookie?: string) => proxy(new NextRequest(`http://localhost${path}`, { headers: cookie ? { cookie } : {} }));
const SESSION = 'next-auth.session-token=abc';

describe('proxy', () => {
  it('refuses an API address that is not valid URL encoding with a 400 problem, and pages with the not-found page', async () => {
    const api = at('/api/orders/%E0%A4%A');
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect((await api.json()).instance).toBe('/api/orders/%E0%A4%A');
    expect(at('/orders/%E0%A4%A', SESSION).headers.get('x-middleware-rewrite')).toBe('http://localhost/_no-such-address');
  });

  it('sends anonymous visitors of signed-in areas to the login page and lets everything else through', () => {
    const anonymous = at('/emails?unit=quality');
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe('http://localhost/login?callbackUrl=%2Femails%3Funit%3Dquality');
    expect(at('/emails', SESSION).headers.get('x-middleware-next')).toBe('1');
    expect(at('/shop/royal%20button').headers.get('x-middleware-next')).toBe('1');
    expect(at('/products/royal%20button.svg').headers.get('x-middleware-next')).toBe('1');
  });
});
