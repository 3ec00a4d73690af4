import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import * as collection from './route';
import * as item from './[id]/route';
import * as stage from './[id]/stage/route';
import * as interactions from './[id]/interactions/route';
import * as outreach from './[id]/outreach/route';
import * as bulk from './bulk/route';
import * as exportRoute from './export/route';

const run = randomUUID().slice(0, 8);
const rep = { email: 'sales@h-bu.de' };
const otherRep = { email: 'sales2@h-bu.de' };
const manager = { email: 'manager@h-bu.de' };
const integrator = { apiKey: TEST_API_KEY };

type As = { email: string } | { apiKey: string };
const prospect = (n: string, extra: Record<string, unknown> = {}) => ({
  company: `Knopf & Co ${run} ${n}`,
  contactName: `Clara ${n}`,
  email: `clara.${n}.${run}@knopf-${run}.example`,
  valueCents: 1_000_000,
  tags: ['Fashion', 'vip'],
  ...extra,
});

async function create(as: As, body: unknown) {
  return collection.POST(await request('/api/prospects', { as, body }), params());
}
async function json<T = Record<string, unknown>>(res: Response) {
  return (await res.json()) as T;
}
const get = async (as: As, id: string) => item.GET(await request(`/api/prospects/${id}`, { as }), params({ id }));
const move = async (as: As, id: string, body: unknown) => stage.POST(await request(`/api/prospects/${id}/stage`, { as, body }), params({ id }));

describe('/api/prospects CRUD and roles', () => {
  it('lets a rep create their own prospect, with stage defaults and derived values', async () => {
    const res = await create(rep, prospect('a'));
    expect(res.status).toBe(201);
    const p = await json<{ id: string; owner: { email: string }; stage: { key: string }; probability: number; weightedCents: number; tags: string[] }>(res);
    expect(p.owner.email).toBe('sales@h-bu.de');
    expect(p.stage.key).toBe('lead');
    expect(p.probability).toBe(10);
    expect(p.weightedCents).toBe(100_000);
    expect(p.tags).toEqual(['fashion', 'vip']);
    const audit = await db.activity.findFirst({ where: { entityId: p.id, action: 'prospect.created' } });
    expect(audit?.actorName).toBe('Samuel Sales');
  });

  it('hides a rep’s prospect from another rep (404 on read, edit and move) but not from a manager', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('b')));
    expect((await get(otherRep, p.id)).status).toBe(404);
    const patch = await item.PATCH(await request(`/api/prospects/${p.id}`, { as: otherRep, method: 'PATCH', body: { valueCents: 1 } }), params({ id: p.id }));
    expect(patch.status).toBe(404);
    expect((await move(otherRep, p.id, { stage: 'contacted' })).status).toBe(404);
    expect((await get(manager, p.id)).status).toBe(200);
    expect((await get(rep, p.id)).status).toBe(200);
    const list = await json<{ data: { id: string }[] }>(await collection.GET(await request(`/api/prospects?q=${run} b`, { as: otherRep }), params()));
    expect(list.data.map((x) => x.id)).not.toContain(p.id);
  });

  it('searches and filters by tag literally: % and _ are no wildcards', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('w', { tags: [`w_${run}`] })));
    const ids = async (query: string) =>
      (await json<{ data: { id: string }[] }>(await collection.GET(await request(`/api/prospects?${query}`, { as: manager }), params()))).data.map((x) => x.id);
    expect(await ids(`q=${encodeURIComponent(`knopf-${run}.example`)}&tag=w_${run}`)).toEqual([p.id]);
    expect(await ids(`q=${encodeURIComponent(`knopf-${run}%`)}`)).toEqual([]);
    expect(await ids(`q=${encodeURIComponent(`Co ${run} _`)}`)).toEqual([]);
    expect(await ids(`tag=w%25${run}`)).toEqual([]);
  });

  it('lets a manager reassign, but not a rep', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('c')));
    const sales2 = await db.user.findUniqueOrThrow({ where: { email: 'sales2@h-bu.de' } });
    const byRep = await item.PATCH(await request(`/api/prospects/${p.id}`, { as: rep, method: 'PATCH', body: { ownerId: sales2.id } }), params({ id: p.id }));
    expect(byRep.status).toBe(403);
    const byManager = await item.PATCH(await request(`/api/prospects/${p.id}`, { as: manager, method: 'PATCH', body: { ownerId: sales2.id } }), params({ id: p.id }));
    expect(byManager.status).toBe(200);
    expect((await get(otherRep, p.id)).status).toBe(200);
    expect((await get(rep, p.id)).status).toBe(404);
    const audit = await db.activity.findFirst({ where: { entityId: p.id, action: 'prospect.updated' } });
    expect(audit?.after).toEqual({ ownerId: sales2.id });
  });

  it('rejects an invalid address with 422 naming the field, and a duplicate with 409', async () => {
    const bad = await create(integrator, { ...prospect('d'), email: 'not-an-address' });
    expect(bad.status).toBe(422);
    expect((await json<{ errors: { field: string }[] }>(bad)).errors[0].field).toBe('body.email');
    const empty = await create(rep, { ...prospect('d'), email: ' ', company: '' });
    expect(empty.status).toBe(422);
    expect((await json<{ errors: unknown[] }>(empty)).errors).toEqual([
      { field: 'body.company', message: 'is required' },
      { field: 'body.email', message: 'is required' },
    ]);
    const first = await create(rep, prospect('e'));
    expect(first.status).toBe(201);
    const again = await create(manager, { ...prospect('e'), email: prospect('e').email.toUpperCase() });
    expect(again.status).toBe(409);
  });

  it('refuses an outreach subject with a line break, naming the field, and queues nothing', async () => {
    const { id } = await json<{ id: string }>(await create(rep, prospect('crlf')));
    const body = { subject: 'Hi\r\nBcc: evil@example.org', text: 'Hello' };
    const res = await outreach.POST(await request(`/api/prospects/${id}/outreach`, { as: rep, body }), params({ id }));
    expect(res.status).toBe(422);
    expect((await json<{ errors: unknown[] }>(res)).errors).toEqual([{ field: 'body.subject', message: 'must be one line, without line breaks' }]);
    expect(await db.outboxMessage.count({ where: { prospectId: id } })).toBe(0);
  });

  it('requires an owner from integrators and checks API key scopes', async () => {
    const noOwner = await create(integrator, prospect('f'));
    expect(noOwner.status).toBe(422);
    const sales = await db.user.findUniqueOrThrow({ where: { email: 'sales@h-bu.de' } });
    expect((await create(integrator, prospect('f', { ownerId: sales.id }))).status).toBe(201);

    const { key: readOnly } = await createApiKey({ name: `read ${run}`, scopes: ['prospects:read'] });
    expect((await create({ apiKey: readOnly }, prospect('g', { ownerId: sales.id }))).status).toBe(403);
    expect((await collection.GET(await request('/api/prospects', { as: { apiKey: readOnly } }), params())).status).toBe(200);
    const { key: ordersOnly } = await createApiKey({ name: `orders ${run}`, scopes: ['orders:read'] });
    expect((await collection.GET(await request('/api/prospects', { as: { apiKey: ordersOnly } }), params())).status).toBe(403);
  });

  it('keeps agents out of the sales API', async () => {
    expect((await collection.GET(await request('/api/prospects', { as: { email: 'agent@h-bu.de' } }), params())).status).toBe(403);
  });

  it('lets a manager delete, not a rep', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('h')));
    const del = async (as: As) => item.DELETE(await request(`/api/prospects/${p.id}`, { as, method: 'DELETE' }), params({ id: p.id }));
    expect((await del(rep)).status).toBe(403);
    expect((await del(manager)).status).toBe(204);
    expect((await get(manager, p.id)).status).toBe(404);
  });
});

describe('POST /api/prospects/{id}/stage', () => {
  it('moves, records history and audit, and enforces the Won/Lost rules with 422', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('s')));
    const moved = await move(rep, p.id, { stage: 'proposal' });
    expect(moved.status).toBe(200);
    expect(await json(moved)).toMatchObject({ stage: { key: 'proposal' }, probability: 60, weightedCents: 600_000 });

    const noReason = await move(rep, p.id, { stage: 'won' });
    expect(noReason.status).toBe(422);
    expect((await json<{ errors: { field: string }[] }>(noReason)).errors[0].field).toBe('body.reason');

    expect((await move(rep, p.id, { stage: 'lost', reason: 'Budget frozen until next year' })).status).toBe(200);
    const stuck = await move(rep, p.id, { stage: 'qualified' });
    expect(stuck.status).toBe(422);
    expect((await json<{ errors: { field: string }[] }>(stuck)).errors[0].field).toBe('body.reopen');

    const reopened = await move(rep, p.id, { stage: 'qualified', reopen: true });
    expect(await json(reopened)).toMatchObject({ stage: { key: 'qualified' }, status: 'ACTIVE', lostReason: null });
    expect((await move(rep, p.id, { stage: 'nowhere' })).status).toBe(422);

    const history = await db.prospectStageChange.count({ where: { prospectId: p.id } });
    expect(history).toBe(4); // created + proposal + lost + qualified
    const audit = await db.activity.findMany({ where: { entityId: p.id, action: 'prospect.stage_changed' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => (a.after as { stage: string }).stage)).toEqual(['proposal', 'lost', 'qualified']);
  });
});

describe('GET /api/prospects', () => {
  it('filters, selects fields and pages with a cursor', async () => {
    const ids: string[] = [];
    for (const n of ['p1', 'p2', 'p3']) ids.push((await json<{ id: string }>(await create(rep, prospect(n, { tags: ['pager'], valueCents: 50_000 })))).id);
    const url = `/api/prospects?q=${run}&tag=pager&limit=2&fields=company,email&sort=createdAt&order=asc`;
    const page1 = await json<{ data: Record<string, unknown>[]; nextCursor: string }>(await collection.GET(await request(url, { as: manager }), params()));
    expect(page1.data).toHaveLength(2);
    expect(Object.keys(page1.data[0]).sort()).toEqual(['company', 'email', 'id']);
    const page2 = await json<{ data: { id: string }[]; nextCursor: string | null }>(
      await collection.GET(await request(`${url}&cursor=${page1.nextCursor}`, { as: manager }), params()),
    );
    expect([...page1.data, ...page2.data].map((d) => d.id)).toEqual(ids);
    expect(page2.nextCursor).toBeNull();

    const bad = await collection.GET(await request('/api/prospects?fields=company,secret', { as: manager }), params());
    expect(bad.status).toBe(400);
    expect((await json<{ errors: { field: string }[] }>(bad)).errors[0].field).toMatch(/^query\.fields/);
    const rich = await json<{ data: unknown[] }>(await collection.GET(await request(`/api/prospects?q=${run}&tag=pager&minValue=60000`, { as: manager }), params()));
    expect(rich.data).toHaveLength(0);
  });

  it('filters by stage and owner, newest first across pages', async () => {
    const ids: string[] = [];
    for (const n of ['s1', 's2', 's3']) {
      const id = (await json<{ id: string }>(await create(rep, prospect(n, { tags: ['staged'] })))).id;
      expect((await move(rep, id, { stage: 'qualified' })).status).toBe(200);
      ids.push(id);
    }
    await create(rep, prospect('s4', { tags: ['staged'] })); // stays a lead
    const url = `/api/prospects?stage=qualified&owner=me&tag=staged&q=${run}&limit=2&fields=stage`;
    const page1 = await json<{ data: { id: string; stage: { key: string } }[]; nextCursor: string }>(await collection.GET(await request(url, { as: rep }), params()));
    const page2 = await json<{ data: { id: string; stage: { key: string } }[] }>(
      await collection.GET(await request(`${url}&cursor=${page1.nextCursor}`, { as: rep }), params()),
    );
    const rows = [...page1.data, ...page2.data];
    expect(rows.map((r) => r.id)).toEqual([...ids].reverse());
    expect(rows.every((r) => r.stage.key === 'qualified')).toBe(true);

  });

  it('answers 400 problem+json naming the field for an unknown stage and a value range that ends before it starts', async () => {
    const problem = async (url: string) => {
      const res = await collection.GET(await request(url, { as: manager }), params());
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      return (await json<{ errors: { field: string; message: string }[] }>(res)).errors;
    };
    expect(await problem(`/api/prospects?stage=no-such-stage-${run}`)).toEqual([{ field: 'query.stage', message: `no stage is called “no-such-stage-${run}”` }]);
    expect(await problem('/api/prospects?minValue=500000&maxValue=10000')).toEqual([{ field: 'query.maxValue', message: 'is below the minimum value' }]);
    expect(await problem('/api/prospects?status=SLEEPING')).toEqual([{ field: 'query.status', message: 'no status is called “SLEEPING”' }]);
    expect((await problem('/api/prospects?minValue=abc'))[0]).toEqual({ field: 'query.minValue', message: 'is not an amount' });
    expect(await problem(`/api/prospects?owner=no-one-${run}&stage=no-stage-${run}`)).toEqual([
      { field: 'query.stage', message: `no stage is called “no-stage-${run}”` },
      { field: 'query.owner', message: `no user has the id “no-one-${run}”` },
    ]);
    expect(await problem('/api/prospects?sort=price')).toEqual([{ field: 'query.sort', message: 'no sort is called “price”' }]);
    const csv = await exportRoute.GET(await request('/api/prospects/export?stage=bogus', { as: manager }), params());
    expect(csv.status).toBe(400);
    const csvOwner = await exportRoute.GET(await request(`/api/prospects/export?owner=no-one-${run}`, { as: manager }), params());
    expect(csvOwner.status).toBe(400);
    const sales = await db.user.findUniqueOrThrow({ where: { email: 'sales@h-bu.de' } });
    for (const owner of [sales.id, 'me']) expect((await collection.GET(await request(`/api/prospects?owner=${owner}&q=${run}`, { as: manager }), params())).status).toBe(200);
    const equal = await collection.GET(await request(`/api/prospects?stage=lead&minValue=10000&maxValue=10000&q=${run}`, { as: manager }), params());
    expect(equal.status).toBe(200);
  });

  it('answers a repeated page from memory only until something it shows is written, by any path', async () => {
    const id = (await json<{ id: string }>(await create(rep, prospect('c1', { tags: ['cached'] })))).id;
    const list = async () =>
      json<{ data: { id: string; company: string; status: string }[] }>(await collection.GET(await request(`/api/prospects?q=${run}&tag=cached`, { as: integrator }), params()));
    expect((await list()).data.map((r) => r.company)).toEqual([`Knopf & Co ${run} c1`]);
    expect((await list()).data.map((r) => r.company)).toEqual([`Knopf & Co ${run} c1`]);

    await item.PATCH(await request(`/api/prospects/${id}`, { as: rep, method: 'PATCH', body: { company: `Renamed ${run} c1` } }), params({ id }));
    expect((await list()).data.map((r) => r.company)).toEqual([`Renamed ${run} c1`]);
    // A write that bypasses lib/sales (the monitor's bulk updates, a script) is seen too: the version is kept by triggers.
    await db.prospect.updateMany({ where: { id }, data: { status: 'UNRESPONSIVE' } });
    expect((await list()).data.map((r) => r.status)).toEqual(['UNRESPONSIVE']);
    await db.prospect.delete({ where: { id } });
    expect((await list()).data).toEqual([]);
  });
});

describe('interactions and bulk actions', () => {
  it('logs a call on the timeline and moves the last contact', async () => {
    const p = await json<{ id: string }>(await create(rep, prospect('i')));
    const res = await interactions.POST(await request(`/api/prospects/${p.id}/interactions`, { as: rep, body: { kind: 'CALL', summary: 'Discussed samples' } }), params({ id: p.id }));
    expect(res.status).toBe(201);
    const list = await json<{ data: { kind: string; user: { name: string } }[] }>(await interactions.GET(await request(`/api/prospects/${p.id}/interactions`, { as: rep }), params({ id: p.id })));
    expect(list.data[0]).toMatchObject({ kind: 'CALL', user: { name: 'Samuel Sales' } });
    expect((await db.prospect.findUniqueOrThrow({ where: { id: p.id } })).lastContactAt).not.toBeNull();
    const hidden = await interactions.GET(await request(`/api/prospects/${p.id}/interactions`, { as: otherRep }), params({ id: p.id }));
    expect(hidden.status).toBe(404);
    const future = await interactions.POST(await request(`/api/prospects/${p.id}/interactions`, { as: rep, body: { kind: 'CALL', summary: 'Time travel', occurredAt: '2099-01-01' } }), params({ id: p.id }));
    expect(future.status).toBe(422);
    expect((await future.json()).errors).toEqual([{ field: 'body.occurredAt', message: 'is in the future; log what has happened' }]);
  });

  it('tags and moves in bulk, reporting what it skipped', async () => {
    const a = await json<{ id: string }>(await create(rep, prospect('ba')));
    const b = await json<{ id: string }>(await create(otherRep, prospect('bb')));
    const tag = await bulk.POST(await request('/api/prospects/bulk', { as: rep, body: { ids: [a.id, b.id], change: { action: 'tag', add: ['Spring'] } } }), params());
    expect(await json(tag)).toEqual({ updated: [a.id], skipped: [{ id: b.id, reason: 'not found' }] });
    expect((await db.prospect.findUniqueOrThrow({ where: { id: a.id } })).tagKey).toBe(',fashion,spring,vip,');
    const won = await bulk.POST(await request('/api/prospects/bulk', { as: manager, body: { ids: [a.id, b.id], change: { action: 'move', stage: 'won' } } }), params());
    expect((await json<{ skipped: unknown[] }>(won)).skipped).toHaveLength(2);
    const reassign = await bulk.POST(await request('/api/prospects/bulk', { as: rep, body: { ids: [a.id], change: { action: 'reassign', ownerId: 'x' } } }), params());
    expect(reassign.status).toBe(403);
  });
});
