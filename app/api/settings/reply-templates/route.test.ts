import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { PATCH } from './[id]/route';
import { db } from '@/lib/db';
import { ingestJson } from '@/lib/email/pipeline';
import { params, request } from '@/tests/helpers';

const admin = { email: 'admin@h-bu.de' };
const tag = () => randomUUID().slice(0, 8);

/** A template of its own, so editing it never changes another test's replies. */
async function ownTemplate() {
  return db.replyTemplate.create({ data: { key: `test_tpl_${tag()}`, name: 'Test template', subject: 'Thanks {{customer_name}}', bodyText: 'Dear {{customer_name}},\n\nthank you.' } });
}

const patch = async (id: string, body: unknown, as?: { email: string }) =>
  PATCH(await request(`/api/settings/reply-templates/${id}`, { method: 'PATCH', body, as }), params({ id }));

describe('reply templates administration', () => {
  it('lists the seeded templates for admins only', async () => {
    const res = await GET(await request('/api/settings/reply-templates', { as: admin }), params());
    expect(res.status).toBe(200);
    expect((await res.json()).items.map((t: { key: string }) => t.key)).toEqual(expect.arrayContaining(['order_received', 'generic_ack']));
    expect((await GET(await request('/api/settings/reply-templates', { as: { email: 'manager@h-bu.de' } }), params())).status).toBe(403);
    expect((await GET(await request('/api/settings/reply-templates'), params())).status).toBe(401);
  });

  it('saves subject and body, audited', async () => {
    const template = await ownTemplate();
    const res = await patch(template.id, { subject: 'Your case {{reference}} is with {{ unit_name }}' }, admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ subject: 'Your case {{reference}} is with {{ unit_name }}', bodyText: template.bodyText });
    expect(await db.activity.count({ where: { entityId: template.id, action: 'reply_template.updated' } })).toBe(1);
    expect((await patch(template.id, { subject: 'x' }, { email: 'manager@h-bu.de' })).status).toBe(403);
    expect((await patch(template.id, { subject: 'x' })).status).toBe(401);
  });

  it('refuses unknown variables with 422 naming them, and an empty change', async () => {
    const template = await ownTemplate();
    const res = await patch(template.id, { subject: 'Hello {{first_name}}', bodyText: 'Your {{ order-no }} and {{reference}}' }, admin);
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['body.subject', 'body.bodyText']);
    expect(problem.errors[0].message).toContain('{{first_name}}');
    expect(problem.errors[1].message).toContain('{{order-no}}');
    expect((await db.replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).subject).toBe(template.subject);
    expect((await patch(template.id, {}, admin)).status).toBe(422);
    expect((await patch(template.id, { subject: '   ' }, admin)).status).toBe(422);
    expect((await patch('no-such-template', { subject: 'Hi' }, admin)).status).toBe(404);
  });

  it('the next courtesy reply uses the edited subject', async () => {
    const template = await ownTemplate();
    const rule = await db.routingRule.create({
      data: { key: `test_tpl_rule_${tag()}`, name: 'Template test', position: -1, conditions: { keywords: [`hermelin-${template.key}`] }, template: template.key, businessUnit: { connect: { key: 'support' } } },
    });
    try {
      const subject = `Edited ${tag()} for {{customer_name}}`;
      expect((await patch(template.id, { subject }, admin)).status).toBe(200);
      const result = await ingestJson({ from: `Olga Otter <olga.${tag()}@customer.example>`, to: 'support@h-bu.de', subject: `About hermelin-${template.key}`, text: 'Hello' });
      expect(result.ruleId).toBe(rule.id);
      const outbox = await db.outboxMessage.findFirstOrThrow({ where: { emailId: result.id } });
      expect(outbox.subject).toBe(subject.replace('{{customer_name}}', 'Olga Otter'));
    } finally {
      await db.routingRule.delete({ where: { id: rule.id } });
    }
  });
});
