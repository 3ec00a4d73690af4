import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { GET, POST } from './route';
import { DELETE, PATCH } from './[id]/route';
import { POST as sample } from './sample/route';
import { db } from '@/lib/db';
import { ingestJson } from '@/lib/email/pipeline';
import { params, request } from '@/tests/helpers';

const admin = { email: 'admin@h-bu.de' };
const manager = { email: 'manager@h-bu.de' };
const tag = () => randomUUID().slice(0, 8);
const created: string[] = [];

/** A rule only this test's emails can match: its keyword is unique to the run. */
async function createRule(overrides: Record<string, unknown> = {}) {
  const key = `test_rule_${tag()}`;
  const res = await POST(await request('/api/settings/routing-rules', { body: { key, name: `Test ${key}`, unit: 'finance', template: 'generic_ack', conditions: { keywords: [`kw-${key}`] }, ...overrides }, as: admin }), params());
  expect(res.status).toBe(201);
  const rule = await res.json();
  created.push(rule.id);
  return rule;
}

const patch = async (id: string, body: unknown, as: { email: string } = admin) =>
  PATCH(await request(`/api/settings/routing-rules/${id}`, { method: 'PATCH', body, as }), params({ id }));

afterAll(async () => {
  await db.routingRule.deleteMany({ where: { id: { in: created } } });
});

describe('routing rules administration', () => {
  it('lists rules in match order with unit, template and conditions', async () => {
    const res = await GET(await request('/api/settings/routing-rules', { as: admin }), params());
    expect(res.status).toBe(200);
    const { items } = await res.json();
    const keys = items.map((r: { key: string }) => r.key);
    expect(keys.indexOf('order_pdf')).toBeLessThan(keys.indexOf('fallback'));
    expect(items.find((r: { key: string }) => r.key === 'order_pdf')).toMatchObject({ unit: 'orders', template: 'order_received', enabled: true, invalid: null });
  });

  it('is for admins only: a manager gets 403, no one signed in 401, an API key 403', async () => {
    const body = { key: `nope_${tag()}`, name: 'Nope', unit: 'support' };
    expect((await POST(await request('/api/settings/routing-rules', { body, as: manager }), params())).status).toBe(403);
    expect((await POST(await request('/api/settings/routing-rules', { body }), params())).status).toBe(401);
    expect((await GET(await request('/api/settings/routing-rules', { as: { apiKey: 'hb_test_integrator_key_0123456789' } }), params())).status).toBe(403);
    const rule = await createRule();
    expect((await patch(rule.id, { enabled: false }, manager)).status).toBe(403);
    expect((await DELETE(await request(`/api/settings/routing-rules/${rule.id}`, { method: 'DELETE' }), params({ id: rule.id }))).status).toBe(401);
    expect(await db.routingRule.count({ where: { key: body.key } })).toBe(0);
  });

  it('refuses conditions the router cannot compile with 422 naming the field', async () => {
    const rule = await createRule();
    for (const [conditions, field] of [
      [{ attachment: '(unclosed' }, 'body.conditions.attachment'],
      [{ types: ['order', 'parcel'] }, 'body.conditions.types.1'],
      [{ keywords: [] }, 'body.conditions.keywords'],
      [{ colour: 'blue' }, 'body.conditions'],
      [{ from_domain: 'not a domain' }, 'body.conditions.from_domain'],
    ] as const) {
      const res = await patch(rule.id, { conditions });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const unknownUnit = await patch(rule.id, { unit: 'marketing', template: 'no_such_template' });
    expect(unknownUnit.status).toBe(422);
    expect((await unknownUnit.json()).errors.map((e: { field: string }) => e.field)).toEqual(['body.unit', 'body.template']);
    const stored = await db.routingRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(stored.conditions).toEqual(rule.conditions);
  });

  it('refuses a new rule without conditions or with a field it does not know, so none becomes a silent catch-all', async () => {
    const key = `test_rule_${tag()}`;
    const post = async (body: Record<string, unknown>) => {
      const res = await POST(await request('/api/settings/routing-rules', { body: { key, name: `Test ${key}`, unit: 'support', ...body }, as: admin }), params());
      expect(res.status).toBe(422);
      return (await res.json()).errors as { field: string; message: string }[];
    };
    expect((await post({})).map((e) => e.field)).toEqual(['body.conditions']);
    expect(await post({ when: { keywords: ['misnamed'] }, conditions: { keywords: ['kept'] } })).toEqual([{ field: 'body', message: expect.stringContaining('"when"') }]);
    expect(await db.routingRule.count({ where: { key } })).toBe(0);
  });

  it('answers 409 for a duplicate key and 404 for an unknown id', async () => {
    const rule = await createRule();
    const dup = await POST(await request('/api/settings/routing-rules', { body: { key: rule.key, name: 'Twin', unit: 'support', conditions: {} }, as: admin }), params());
    expect(dup.status).toBe(409);
    const other = await createRule();
    expect((await patch(other.id, { key: rule.key })).status).toBe(409);
    expect((await patch('no-such-rule', { enabled: false })).status).toBe(404);
    expect((await DELETE(await request('/api/settings/routing-rules/no-such-rule', { method: 'DELETE', as: admin }), params({ id: 'no-such-rule' }))).status).toBe(404);
  });

  it('moves a rule in match order and keeps the others in theirs', async () => {
    const first = await createRule({ position: 0 });
    const second = await createRule({ position: 1 });
    const moved = await patch(second.id, { position: 0 });
    expect(moved.status).toBe(200);
    const order = (await db.routingRule.findMany({ orderBy: { position: 'asc' } })).map((r) => r.id);
    expect(order.slice(0, 2)).toEqual([second.id, first.id]);
    expect(new Set((await db.routingRule.findMany()).map((r) => r.position)).size).toBe(order.length);
    expect(await db.activity.count({ where: { entityId: second.id, action: 'routing_rule.updated' } })).toBe(1);
  });

  it('routes the very next email by the edited rule, and by the next one after disabling it', async () => {
    const rule = await createRule({ position: 0 });
    const word = `zinnober-${tag()}`;
    const res = await patch(rule.id, { unit: 'quality', template: 'complaint_ack', conditions: { keywords: [word] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ unit: 'quality', template: 'complaint_ack', conditions: { keywords: [word] }, position: 0 });

    const first = await ingestJson({ from: `Ida Imker <ida.${tag()}@customer.example>`, to: 'support@h-bu.de', subject: `Question about ${word} buttons`, text: 'Hello' });
    expect(first).toMatchObject({ routedTo: 'quality', ruleId: rule.id });

    expect((await patch(rule.id, { enabled: false })).status).toBe(200);
    const second = await ingestJson({ from: `Ida Imker <ida.${tag()}@customer.example>`, to: 'support@h-bu.de', subject: `Question about ${word} buttons`, text: 'Hello again' });
    expect(second.ruleId).not.toBe(rule.id);
  });

  it('deletes a rule, audited, and closes the gap in positions', async () => {
    const rule = await createRule({ position: 0 });
    const res = await DELETE(await request(`/api/settings/routing-rules/${rule.id}`, { method: 'DELETE', as: admin }), params({ id: rule.id }));
    expect(res.status).toBe(200);
    expect(await db.routingRule.findUnique({ where: { id: rule.id } })).toBeNull();
    expect(await db.activity.findFirst({ where: { entityId: rule.id, action: 'routing_rule.deleted' } })).not.toBeNull();
  });

  it('tests a sample against the live rules without storing anything', async () => {
    const rule = await createRule({ position: 0, unit: 'supplier', template: 'supplier_ack' });
    const res = await sample(
      await request('/api/settings/routing-rules/sample', { body: { from: 'Anna <anna@example.net>', subject: `About ${rule.conditions.keywords[0]}`, text: 'Hello', attachments: [] }, as: admin }),
      params(),
    );
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ rule: { id: rule.id }, unit: { key: 'supplier' }, reply: { template: 'supplier_ack' } });
    expect(result.reasons[0]).toContain(rule.key);

    const pdf = await (
      await sample(await request('/api/settings/routing-rules/sample', { body: { from: 'anna@example.net', subject: 'Please see attached', attachments: ['order_777.pdf'] }, as: admin }), params())
    ).json();
    expect(pdf).toMatchObject({ rule: { key: 'order_pdf' }, unit: { key: 'orders' }, classification: { type: 'ORDER' } });
    expect(pdf.reasons).toContain('attachment order_777.pdf matched order_pdf');
    expect(await db.email.count({ where: { subject: `About ${rule.conditions.keywords[0]}` } })).toBe(0);
    expect((await sample(await request('/api/settings/routing-rules/sample', { body: { from: 'anna@example.net' }, as: manager }), params())).status).toBe(403);
  });
});
