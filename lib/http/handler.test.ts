import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { route } from './handler';
import { params, request, TEST_API_KEY } from '@/tests/helpers';

const echo = route(
  { access: { roles: ['ADMIN', 'MANAGER'], scope: 'orders:write', cron: true }, body: z.object({ email: z.string().email(), quantity: z.number().int().positive() }) },
  async ({ body, caller }) => ({ body, caller: caller.kind }),
);
const body = { email: 'a@b.de', quantity: 2 };

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { status: number; detail: string; requestId: string; errors?: { field: string }[] };
}

describe('the route wrapper', () => {
  it('answers 401 problem+json without credentials', async () => {
    const res = await echo(await request('/x', { body }), params());
    expect(res.status).toBe(401);
    expect((await problem(res)).requestId).toBeTruthy();
  });

  it('answers 401 for an unknown API key', async () => {
    const res = await echo(await request('/x', { body, as: { apiKey: 'hb_nope' } }), params());
    expect(res.status).toBe(401);
  });

  it('answers 403 for a signed-in user with the wrong role', async () => {
    const res = await echo(await request('/x', { body, as: { email: 'agent@h-bu.de' } }), params());
    expect(res.status).toBe(403);
    expect((await problem(res)).detail).toMatch(/AGENT/);
  });

  it('lets the right role through', async () => {
    const res = await echo(await request('/x', { body, as: { email: 'manager@h-bu.de' } }), params());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ body, caller: 'user' });
  });

  it('lets an API key with the scope through, and the cron secret', async () => {
    expect((await echo(await request('/x', { body, as: { apiKey: TEST_API_KEY } }), params())).status).toBe(200);
    expect((await echo(await request('/x', { body, as: { cron: true } }), params())).status).toBe(200);
  });

  it('answers 403 for an API key without the scope', async () => {
    const narrow = route({ access: { scope: 'products:write' } }, async () => ({ ok: true }));
    const { createApiKey } = await import('@/lib/auth/api-keys');
    const { key } = await createApiKey({ name: 'read only', scopes: ['products:read'] });
    const res = await narrow(await request('/x', { as: { apiKey: key } }), params());
    expect(res.status).toBe(403);
    expect((await problem(res)).detail).toMatch(/products:write/);
  });

  it('answers 400 naming the field for a bad body', async () => {
    const res = await echo(await request('/x', { body: { email: 'nope', quantity: 2 }, as: { apiKey: TEST_API_KEY } }), params());
    expect(res.status).toBe(400);
    const p = await problem(res);
    expect(p.detail).toMatch(/^body\.email/);
    expect(p.errors?.[0].field).toBe('body.email');
  });

  it('answers 400 for invalid JSON and 415 for another media type', async () => {
    const broken = await echo(await request('/x', { body: '{"email":', as: { apiKey: TEST_API_KEY } }), params());
    expect(broken.status).toBe(400);
    const text = await echo(await request('/x', { body: 'hello', headers: { 'content-type': 'text/plain' }, as: { apiKey: TEST_API_KEY } }), params());
    expect(text.status).toBe(415);
  });

  it('refuses a cross-site write made with a session cookie (CSRF)', async () => {
    const res = await echo(await request('/x', { body, as: { email: 'manager@h-bu.de' }, headers: { origin: 'https://evil.example' } }), params());
    expect(res.status).toBe(403);
    expect((await problem(res)).detail).toMatch(/CSRF/);
  });

  it('rate-limits per caller with 429 and Retry-After', async () => {
    const limited = route({ access: { scope: 'metrics:read' }, rateLimit: 3 }, async () => ({ ok: true }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited(await request('/api/limited', { as: { apiKey: TEST_API_KEY } }), params())).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts a route with its own limit apart from its area, and across the ids in its path', async () => {
    const area = route({ access: { scope: 'metrics:read' }, rateLimit: 1000 }, async () => ({ ok: true }));
    const own = route({ access: { scope: 'metrics:read' }, rateLimit: 2 }, async () => ({ ok: true }));
    const as = { apiKey: TEST_API_KEY };
    for (let i = 0; i < 3; i++) expect((await area(await request('/api/own-limit', { as }), params())).status).toBe(200);
    const statuses = [];
    for (const id of ['a', 'b', 'c']) statuses.push((await own(await request(`/api/own-limit/${id}/export`, { as }), params())).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('turns an unexpected error into a 500 problem without leaking it', async () => {
    const boom = route({ access: { scope: 'metrics:read' } }, async () => {
      throw new Error('secret internals');
    });
    const res = await boom(await request('/x', { as: { apiKey: TEST_API_KEY } }), params());
    expect(res.status).toBe(500);
    expect(JSON.stringify(await problem(res))).not.toContain('secret internals');
  });

  it('validates route params', async () => {
    const byId = route({ access: { scope: 'metrics:read' }, params: z.object({ id: z.string().regex(/^c[a-z0-9]+$/) }) }, async ({ params: p }) => p);
    const res = await byId(await request('/x/1', { as: { apiKey: TEST_API_KEY } }), params({ id: '!!' }));
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0].field).toBe('params.id');
  });
});
