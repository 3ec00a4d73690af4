import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { fixture, message, uniqueCopy } from '@/tests/fixtures/email';
import { params, request, TEST_API_KEY } from '@/tests/helpers';

// A small size limit for this file, set before anything reads the environment.
vi.hoisted(() => {
  process.env.MAX_EMAIL_BYTES = String(512 * 1024);
});
const LIMIT = 512 * 1024;

const { POST } = await import('./inbound/route');

const integrator = { apiKey: TEST_API_KEY };
const postRaw = async (raw: Buffer | string, headers: Record<string, string> = {}) =>
  POST(await request('/api/emails/inbound', { method: 'POST', body: typeof raw === 'string' ? raw : new Uint8Array(raw), headers: { 'content-type': 'message/rfc822', ...headers }, as: integrator }), params());
const postJson = async (body: unknown) => POST(await request('/api/emails/inbound', { method: 'POST', body, as: integrator }), params());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { status: number; detail: string; reason?: string; errors?: { field: string; message: string }[] };
}

describe('POST /api/emails/inbound', () => {
  it('stores the JSON form: 201 with the routing decision, 200 with duplicate: true for the same Message-ID', async () => {
    const messageId = `<json-${randomUUID()}@customer.example>`;
    const body = { from: `Ann <ann.${randomUUID().slice(0, 8)}@customer.example>`, to: 'support@h-bu.de', subject: 'Reklamation: Knopf defekt', text: 'Der Knopf ist defekt.', messageId };
    const res = await postJson(body);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(Object.keys(created).sort()).toEqual(['autoReply', 'duplicate', 'id', 'isOem', 'messageId', 'priority', 'routedTo', 'ruleId', 'slaDueAt', 'threadId', 'type'].sort());
    expect(created).toMatchObject({ messageId, type: 'COMPLAINT', routedTo: 'quality', isOem: false, autoReply: { template: 'complaint_ack', status: 'PENDING' }, duplicate: false });
    expect(res.headers.get('location')).toBe(`/api/emails/${created.id}`);

    const again = await postJson({ ...body, subject: 'edited' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: created.id, duplicate: true });
    expect(await db.email.count({ where: { messageId } })).toBe(1);
  });

  it('stores raw message/rfc822 and records who brought it', async () => {
    const { raw, messageId } = uniqueCopy(fixture('invoice-pdf.eml'));
    const res = await postRaw(raw);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ messageId, type: 'INVOICE', routedTo: 'finance' });
    expect(await db.activity.findFirst({ where: { entityId: created.id } })).toMatchObject({ action: 'email.received', actorType: 'api_key' });
    expect((await postRaw(raw)).status).toBe(200);
  });

  it('answers 400 problem+json for garbage, empty and truncated input, and stores nothing', async () => {
    for (const [body, reason] of [
      ['', 'empty'],
      ['this is just some text, not an email', 'garbage'],
      [Buffer.from([0, 1, 2, 3, 255, 254, 10, 13, 0]), 'garbage'],
    ] as const) {
      const res = await postRaw(body);
      expect(res.status).toBe(400);
      expect((await problem(res)).reason).toBe(reason);
    }
    const { raw, messageId } = uniqueCopy(fixture('order-pdf.eml'));
    const res = await postRaw(raw.subarray(0, raw.length - 200));
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ status: 400, reason: 'truncated' });
    expect(await db.email.count({ where: { messageId } })).toBe(0);
  });

  it('names the field of a bad JSON payload', async () => {
    const res = await postJson({ to: 'support@h-bu.de', subject: 'x', attachments: [{ filename: 'a.pdf', contentType: 'pdf', contentBase64: '***' }] });
    expect(res.status).toBe(400);
    const fields = (await problem(res)).errors!.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.from', 'body.attachments.0.contentType', 'body.attachments.0.contentBase64']));
    expect((await postRaw('{"from":', { 'content-type': 'application/json' })).status).toBe(400);
    const half = await postJson({ from: 'a@customer.example', to: Array(101).fill('support@h-bu.de'), subject: 'x', attachments: [{ filename: 'a.pdf', contentType: 'application/pdf', contentBase64: 'A' }] });
    expect((await problem(half)).errors).toEqual([
      { field: 'body.to', message: 'must be an email address, or a list of 1 to 100 of them' },
      { field: 'body.attachments.0.contentBase64', message: 'must be base64' },
    ]);
  });

  it('answers 413 for a message over the limit, declared or streamed', async () => {
    const big = message({ From: 'big@customer.example', Subject: 'Big' }, 'x'.repeat(LIMIT + 10));
    const declared = await postRaw(big, { 'content-length': String(big.length) });
    expect(declared.status).toBe(413);

    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMIT * 4) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const streamed = await POST(
      new Request('http://localhost/api/emails/inbound', { method: 'POST', body: stream, headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${TEST_API_KEY}` }, duplex: 'half' } as RequestInit),
      params(),
    );
    expect(streamed.status).toBe(413);
    expect((await problem(streamed)).detail).toMatch(/larger than the limit/);
    expect(sent).toBeLessThan(LIMIT * 2);
  });

  it('answers 415 for other media types', async () => {
    expect((await postRaw('From: a@b.de\r\n\r\nhi', { 'content-type': 'text/csv' })).status).toBe(415);
  });

  it('requires an API key with emails:ingest (or an admin session)', async () => {
    const anonymous = await POST(await request('/api/emails/inbound', { body: message({ From: 'a@customer.example' }), headers: { 'content-type': 'message/rfc822' } }), params());
    expect(anonymous.status).toBe(401);
    const { key } = await createApiKey({ name: 'reader only', scopes: ['emails:read'] });
    const reader = await POST(await request('/api/emails/inbound', { body: message({ From: 'a@customer.example' }), headers: { 'content-type': 'message/rfc822' }, as: { apiKey: key } }), params());
    expect(reader.status).toBe(403);
    expect((await problem(reader)).detail).toMatch(/emails:ingest/);
    const agent = await POST(await request('/api/emails/inbound', { body: message({ From: 'a@customer.example' }), headers: { 'content-type': 'message/rfc822' }, as: { email: 'agent@h-bu.de' } }), params());
    expect(agent.status).toBe(403);
    const admin = await POST(await request('/api/emails/inbound', { body: message({ From: `admin-test.${randomUUID().slice(0, 8)}@customer.example` }), headers: { 'content-type': 'message/rfc822' }, as: { email: 'admin@h-bu.de' } }), params());
    expect(admin.status).toBe(201);
  });

  it('stores exactly one email for 16 concurrent posts of one Message-ID', async () => {
    const { raw, messageId } = uniqueCopy(fixture('expedite.eml'), { From: `rush.${randomUUID().slice(0, 8)}@customer.example` });
    const responses = await Promise.all(Array.from({ length: 16 }, () => postRaw(raw)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status).sort((a, b) => a - b)).toEqual([...Array(15).fill(200), 201]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(15);
    expect(await db.email.count({ where: { messageId } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { email: { messageId } } })).toBe(1);
  });
});
