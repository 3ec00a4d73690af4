import { describe, expect, it } from 'vitest';
import { GET, POST } from './route';
import { DELETE } from './[id]/route';
import { GET as health } from '@/app/api/system/health/route';
import { db } from '@/lib/db';
import { params, request } from '@/tests/helpers';

const admin = { email: 'admin@h-bu.de' };

describe('API keys administration', () => {
  it('creates a key shown once, stores only its hash, and revoking it locks the integrator out', async () => {
    const res = await POST(await request('/api/settings/api-keys', { body: { name: 'ERP connector', scopes: ['orders:read'] }, as: admin }), params());
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.key).toMatch(/^hb_/);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const listed = await (await GET(await request('/api/settings/api-keys', { as: admin }), params())).json();
    expect(listed.items.map((k: { id: string }) => k.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.key);

    // Used once, so this instance holds it as verified: revocation must still lock it out at once.
    expect((await health(await request('/api/system/health', { as: { apiKey: created.key } }), params())).status).not.toBe(401);
    const revoked = await DELETE(await request(`/api/settings/api-keys/${created.id}`, { method: 'DELETE', as: admin }), params({ id: created.id }));
    expect(revoked.status).toBe(200);
    expect((await health(await request('/api/system/health', { as: { apiKey: created.key } }), params())).status).toBe(401);
    expect(await db.activity.count({ where: { entityId: created.id } })).toBe(2);
  });

  it('is for admins only', async () => {
    const res = await POST(await request('/api/settings/api-keys', { body: { name: 'sneaky', scopes: ['orders:read'] }, as: { email: 'agent@h-bu.de' } }), params());
    expect(res.status).toBe(403);
  });

  it('names the field of a bad request', async () => {
    const res = await POST(await request('/api/settings/api-keys', { body: { name: 'x', scopes: ['everything'] }, as: admin }), params());
    expect(res.status).toBe(400);
    const fields = (await res.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.scopes.0']));
  });

  it('answers 404 for an unknown key', async () => {
    const res = await DELETE(await request('/api/settings/api-keys/nope', { method: 'DELETE', as: admin }), params({ id: 'nope' }));
    expect(res.status).toBe(404);
  });
});
