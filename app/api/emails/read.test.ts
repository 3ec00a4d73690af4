import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { ingest } from '@/lib/email/pipeline';
import type { EmailDetail, EmailSummary } from '@/lib/email/views';
import { fixture, uniqueCopy } from '@/tests/fixtures/email';
import { ingestDecided } from '@/tests/agent-fixtures';
import { params, request, TEST_API_KEY } from '@/tests/helpers';
import { GET as list } from './route';
import { GET as detail } from './[id]/route';
import { GET as download } from './[id]/attachments/[attachmentId]/route';
import { GET as source } from './[id]/source/route';

// Emails of this file arrive on one day in 2001, so date filters isolate them from other tests' mail.
const day = new Date('2001-03-04T00:00:00Z');
const at = (hour: number) => new Date(day.getTime() + hour * 3_600_000);
const window = `from=${day.toISOString()}&to=${at(24).toISOString()}`;
const manager = { email: 'manager@h-bu.de' };

const stored: Record<string, string> = {};

async function page(query: string, as: NonNullable<Parameters<typeof request>[1]>['as'] = manager) {
  const res = await list(await request(`/api/emails?${window}&${query}`, { as }), params());
  expect(res.status).toBe(200);
  return (await res.json()) as { items: EmailSummary[]; nextCursor: string | null };
}

beforeAll(async () => {
  const files = ['order-pdf.eml', 'invoice-pdf.eml', 'complaint-de.eml', 'oem-request.eml', 'quarantined-exe.eml', 'nested-multipart.eml'];
  for (const [hour, name] of files.entries()) {
    // Own senders, so these never join threads of other tests' copies of the same fixtures.
    const domain = name === 'oem-request.eml' ? 'royal-motors.de' : 'customer.example';
    const { raw } = uniqueCopy(fixture(name), { From: `Reader Test <reader.${randomUUID().slice(0, 8)}@${domain}>` });
    stored[name] = (await ingestDecided(raw, { receivedAt: at(hour + 1) })).id;
  }
});

describe('GET /api/emails', () => {
  it('lists newest first with an opaque cursor for the next page', async () => {
    const first = await page('limit=4');
    expect(first.items.map((i) => i.id)).toEqual([stored['nested-multipart.eml'], stored['quarantined-exe.eml'], stored['oem-request.eml'], stored['complaint-de.eml']]);
    expect(first.nextCursor).toBeTruthy();
    const second = await page(`limit=4&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).toEqual([stored['invoice-pdf.eml'], stored['order-pdf.eml']]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by type, priority, unit, OEM, task status and SLA state', async () => {
    const ids = async (q: string) => (await page(q)).items.map((i) => i.id);
    expect(await ids('type=invoice')).toEqual([stored['invoice-pdf.eml']]);
    expect(await ids('unit=quality')).toEqual([stored['complaint-de.eml']]);
    expect(await ids('oem=true')).toEqual([stored['oem-request.eml']]);
    expect(await ids('priority=URGENT')).toEqual([]);
    // Right after ingest the finance agent files the invoice and the support agent closes the .exe mail as spam;
    // the others wait for people.
    expect(await ids('type=spam')).toEqual([stored['quarantined-exe.eml']]);
    expect(await ids('status=open')).toHaveLength(4);
    expect(await ids('status=open')).not.toContain(stored['invoice-pdf.eml']);
    // Received in 2001 and never answered: every SLA is long breached …
    expect((await ids('sla=breached')).length).toBe(6);
    expect(await ids('sla=ok')).toEqual([]);
    // … unless someone answered in time.
    const task = await db.task.findUniqueOrThrow({ where: { emailId: stored['order-pdf.eml'] } });
    await db.task.update({ where: { id: task.id }, data: { firstResponseAt: new Date(task.slaDueAt.getTime() - 60_000) } });
    expect(await ids('sla=ok')).toEqual([stored['order-pdf.eml']]);
  });

  it("lists a person's own queue with assignee=me, and what nobody holds with assignee=unassigned", async () => {
    const agent = await db.user.findUniqueOrThrow({ where: { email: 'quality.agent@h-bu.de' } });
    await db.task.updateMany({ where: { emailId: { in: Object.values(stored) } }, data: { assigneeId: null } });
    await db.task.update({ where: { emailId: stored['complaint-de.eml'] }, data: { assigneeId: agent.id } });
    const ids = async (q: string, as = manager) => (await page(q, as)).items.map((i) => i.id);
    expect(await ids('assignee=me', { email: agent.email })).toEqual([stored['complaint-de.eml']]);
    expect(await ids(`assignee=${agent.id}`)).toEqual([stored['complaint-de.eml']]);
    expect(await ids('assignee=me')).toEqual([]);
    expect(await ids('assignee=unassigned')).toHaveLength(5);
    const byKey = await list(await request(`/api/emails?${window}&assignee=me`, { as: { apiKey: TEST_API_KEY } }), params());
    expect(byKey.status).toBe(400);
    expect((await byKey.json()).errors[0].field).toBe('query.assignee');
  });

  it('shows an open task due within the hour as at risk', async () => {
    const now = Date.now();
    const { raw } = uniqueCopy(fixture('latin1-8bit.eml'));
    // Customer Service answers normal mail within 480 minutes: received 450 minutes ago leaves 30.
    const receivedAt = new Date(now - 450 * 60_000);
    const { id } = await ingest(raw, { receivedAt });
    const q = `from=${new Date(receivedAt.getTime() - 1000).toISOString()}&to=${new Date(receivedAt.getTime() + 1000).toISOString()}&unit=support`;
    const res = await list(await request(`/api/emails?${q}&sla=at_risk`, { as: manager }), params());
    expect((await res.json()).items.map((i: EmailSummary) => [i.id, i.sla])).toEqual([[id, 'at_risk']]);
  });

  it('answers 400 for a bad filter or a foreign cursor', async () => {
    expect((await list(await request('/api/emails?type=parcel', { as: manager }), params())).status).toBe(400);
    const errors = async (query: string) => {
      const res = await list(await request(`/api/emails?${query}`, { as: manager }), params());
      expect(res.status).toBe(400);
      return (await res.json()).errors;
    };
    expect(await errors('limit=500')).toEqual([{ field: 'query.limit', message: 'must be a whole number from 1 to 100' }]);
    expect(await errors('limit=99999999999999999999')).toEqual([{ field: 'query.limit', message: 'must be a whole number from 1 to 100' }]);
    expect(await errors('from=notadate')).toEqual([{ field: 'query.from', message: 'is not a date; use YYYY-MM-DD or an ISO 8601 time' }]);
    const reversed = await list(await request('/api/emails?from=2026-11-27&to=2026-11-01', { as: manager }), params());
    expect(reversed.status).toBe(400);
    expect((await reversed.json()).errors[0]).toEqual({ field: 'query.to', message: 'must not be before the from date' });
    const res = await list(await request('/api/emails?cursor=bm9wZQ', { as: manager }), params());
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('query.cursor');
  });

  it('is for staff and keys with emails:read', async () => {
    expect((await list(await request(`/api/emails?${window}`, { as: { apiKey: TEST_API_KEY } }), params())).status).toBe(200);
    expect((await list(await request(`/api/emails?${window}`, { as: { email: 'agent@h-bu.de' } }), params())).status).toBe(200);
    expect((await list(await request(`/api/emails?${window}`, { as: { email: 'buyer@example.com' } }), params())).status).toBe(403);
    expect((await list(await request(`/api/emails?${window}`, { as: { email: 'sales@h-bu.de' } }), params())).status).toBe(403);
    const { key } = await createApiKey({ name: 'orders only', scopes: ['orders:read'] });
    expect((await list(await request(`/api/emails?${window}`, { as: { apiKey: key } }), params())).status).toBe(403);
    expect((await list(await request(`/api/emails?${window}`), params())).status).toBe(401);
  });
});

describe('GET /api/emails/{id}', () => {
  it('shows the email with reasons, task, thread and attachment links only for allowed files', async () => {
    const res = await detail(await request(`/api/emails/${stored['nested-multipart.eml']}`, { as: manager }), params({ id: stored['nested-multipart.eml'] }));
    expect(res.status).toBe(200);
    const email = (await res.json()) as EmailDetail;
    expect(email).toMatchObject({ type: 'INQUIRY', unit: { key: 'support' }, task: { status: 'OPEN' }, thread: { messageCount: 1 }, cc: [] });
    expect(email.reasons.route).toEqual(['fallback matches every email']);
    expect(email.html).toContain('cid:swatch@shah');
    expect(email.attachments.map((a) => [a.filename, a.allowed, !!a.url])).toEqual([
      ['swatch.png', true, true],
      ['samples.csv', true, true],
    ]);
    const quarantined = (await (await detail(await request(`/api/emails/${stored['quarantined-exe.eml']}`, { as: manager }), params({ id: stored['quarantined-exe.eml'] }))).json()) as EmailDetail;
    expect(quarantined.attachments).toMatchObject([{ filename: 'catalogue-tool.exe', allowed: false, url: null }]);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await detail(await request('/api/emails/nope', { as: manager }), params({ id: 'nope' }))).status).toBe(404);
  });
});

describe('attachments and raw source', () => {
  it('lets staff download allowed attachments as attachments with the stored type', async () => {
    const email = (await (await detail(await request(`/api/emails/${stored['order-pdf.eml']}`, { as: manager }), params({ id: stored['order-pdf.eml'] }))).json()) as EmailDetail;
    const [pdf] = email.attachments;
    const res = await download(await request(pdf.url!, { as: { email: 'agent@h-bu.de' } }), params({ id: email.id, attachmentId: pdf.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="order_12345.pdf"; filename*=UTF-8''order_12345.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('never serves quarantined files, and serves nothing to keys, buyers or strangers', async () => {
    const email = (await (await detail(await request(`/api/emails/${stored['quarantined-exe.eml']}`, { as: manager }), params({ id: stored['quarantined-exe.eml'] }))).json()) as EmailDetail;
    const [exe] = email.attachments;
    const path = `/api/emails/${email.id}/attachments/${exe.id}`;
    expect((await download(await request(path, { as: { email: 'admin@h-bu.de' } }), params({ id: email.id, attachmentId: exe.id }))).status).toBe(403);

    const order = await db.attachment.findFirstOrThrow({ where: { emailId: stored['order-pdf.eml'] } });
    const p = { id: stored['order-pdf.eml'], attachmentId: order.id };
    expect((await download(await request('/x', { as: { apiKey: TEST_API_KEY } }), params(p))).status).toBe(403);
    expect((await download(await request('/x', { as: { email: 'buyer@example.com' } }), params(p))).status).toBe(403);
    expect((await download(await request('/x'), params(p))).status).toBe(401);
    expect((await download(await request('/x', { as: manager }), params({ id: stored['invoice-pdf.eml'], attachmentId: order.id }))).status).toBe(404);
  });

  it('shows the raw source to admins only', async () => {
    const id = stored['complaint-de.eml'];
    const res = await source(await request(`/api/emails/${id}/source`, { as: { email: 'admin@h-bu.de' } }), params({ id }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('message/rfc822');
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toContain('Subject: Reklamation: Knöpfe beschädigt geliefert');
    expect((await source(await request(`/api/emails/${id}/source`, { as: manager }), params({ id }))).status).toBe(403);
  });
});
