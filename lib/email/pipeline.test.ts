import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '@/lib/db';
import { SYSTEM_ACTOR } from '@/lib/audit';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';
import { ingestDecided } from '@/tests/agent-fixtures';
import { fixture, message, uniqueCopy } from '@/tests/fixtures/email';
import { listen } from '@/tests/realtime';
import { pipelineDirectory } from './directory';
import { parseEmail } from './parse';
import { ingest, ingestJson } from './pipeline';
import { prepareEmail } from './prepare';
import { slaMinutesOf } from './sla';
import { storeInbound } from './store';

const tag = () => randomUUID().slice(0, 8);
/** A fixture as a new email from a sender no other test uses (replies are limited per sender, thread and day). */
const fresh = (name: string, from = `Test Sender <sender.${tag()}@customer.example>`) => uniqueCopy(fixture(name), { From: from });

describe('ingest: one transaction per email', () => {
  it('stores email, raw source, attachments, thread, task, courtesy reply and activity together', async () => {
    const sender = `t.becker.${tag()}@fashionhouse-berlin.de`;
    const { raw, messageId } = uniqueCopy(fixture('order-pdf.eml'), { From: `Thomas Becker <${sender}>` });
    const result = await ingest(raw);
    const rule = await db.routingRule.findUniqueOrThrow({ where: { key: 'order_pdf' } });
    expect(result).toMatchObject({ messageId, type: 'ORDER', priority: 'NORMAL', isOem: false, routedTo: 'orders', ruleId: rule.id, autoReply: { template: 'order_received', status: 'PENDING' }, duplicate: false });

    const email = await db.email.findUniqueOrThrow({
      where: { id: result.id },
      include: { source: true, attachments: true, thread: true, task: { include: { businessUnit: true } }, outbox: true, csat: true, customer: true },
    });
    expect(Buffer.from(email.source!.raw).equals(raw)).toBe(true);
    expect(email.subject).toBe('Bestellung 12345');
    expect(email.customer?.name).toBe('Fashion House Berlin');
    expect(email.attachments).toMatchObject([{ filename: 'order_12345.pdf', contentType: 'application/pdf', allowed: true }]);
    expect(email.attachments[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(email.thread).toMatchObject({ subject: 'Bestellung 12345', subjectKey: 'bestellung 12345', messageCount: 1 });
    expect(email.task).toMatchObject({ status: 'OPEN', priority: 'NORMAL', businessUnit: { key: 'orders' } });
    expect(email.task!.slaDueAt.getTime() - email.receivedAt.getTime()).toBe(240 * 60_000);
    expect(result.slaDueAt).toBe(email.task!.slaDueAt.toISOString());
    expect((email.reasons as { route: string[] }).route).toEqual(['attachment order_12345.pdf matched order_pdf']);

    const [reply] = email.outbox;
    expect(reply).toMatchObject({ kind: 'auto_reply', template: 'order_received', status: 'PENDING', fromAddress: 'orders@h-bu.de', toAddress: sender });
    expect(reply.headers).toEqual({ 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'In-Reply-To': messageId, References: messageId });
    expect(reply.subject).toMatch(/^Your order has been received with gratitude \(our reference HB-[0-9A-F]{8}\)$/);
    expect(reply.text).toContain('Dear Thomas Becker,');
    expect(reply.text).toContain('Happy Buttons GmbH · Knopfallee 1');
    // The acknowledgement asks for no rating: a person's reply does (lib/dashboard/task-actions.ts).
    expect(email.csat).toEqual([]);
    expect(reply.text).not.toContain('/csat/');
    expect(reply.html).not.toContain('/csat/');

    // The unit agent's decision that follows the commit is tested in lib/agents.
    const activity = await db.activity.findMany({ where: { entityType: 'email', entityId: email.id, actorType: { not: 'agent' } } });
    expect(activity).toMatchObject([{ action: 'email.received', actorType: 'system' }]);
  });

  it.each([
    ['invoice-pdf.eml', 'INVOICE', 'finance', 'invoice_received'],
    ['supplier.eml', 'SUPPLIER', 'supplier', 'supplier_ack'],
    ['complaint-de.eml', 'COMPLAINT', 'quality', 'complaint_ack'],
    ['expedite.eml', 'EXPEDITE', 'orders', 'expedite_ack'],
    ['latin1-8bit.eml', 'INQUIRY', 'support', 'generic_ack'],
  ])('%s → %s, routed to %s, answered with %s', async (name, type, unit, template) => {
    const result = await ingest(fresh(name).raw);
    expect(result).toMatchObject({ type, routedTo: unit, autoReply: { template } });
  });

  it("gives an order typed out to orders@ to Orders, and the same sent to support@ to Customer Service", async () => {
    const order = (to: string) => message({ From: `Eva Einkauf <eva.${tag()}@kunde.example>`, To: to, Subject: `Bestellung ${tag()}` }, 'Hiermit bestellen wir 500 Stück HB-STD-001.');
    const toOrders = await ingest(order('Orders <orders@h-bu.de>'));
    expect(toOrders).toMatchObject({ type: 'ORDER', routedTo: 'orders', ruleId: null, autoReply: { template: 'generic_ack' } });
    const email = await db.email.findUniqueOrThrow({ where: { id: toOrders.id } });
    expect((email.reasons as { route: string[] }).route).toEqual(['addressed to orders@h-bu.de, the Orders mailbox', 'only the catch-all rule fallback matched']);
    expect(await ingest(order('support@h-bu.de'))).toMatchObject({ type: 'ORDER', routedTo: 'support' });
  });

  it('routes OEM customers to OEM Accounts by their domain', async () => {
    const result = await ingest(fresh('oem-request.eml', `Klaus Weber <k.weber.${tag()}@royal-motors.de>`).raw);
    expect(result).toMatchObject({ isOem: true, routedTo: 'oem1', autoReply: { template: 'generic_ack' } });
  });

  it('keeps quarantined attachments, marked not allowed', async () => {
    const { id } = await ingest(fresh('quarantined-exe.eml').raw);
    expect(await db.attachment.findMany({ where: { emailId: id }, select: { filename: true, allowed: true } })).toEqual([{ filename: 'catalogue-tool.exe', allowed: false }]);
  });

  it('takes the JSON form through the same parser', async () => {
    const pdf = fixture('order-pdf.eml').toString('latin1').match(/JVBER[\s\S]*?(?=\r\n--)/)![0].replace(/\r\n/g, '');
    const result = await ingestJson({
      from: `"Olga Order" <olga.${tag()}@example.org>`,
      to: 'orders@h-bu.de',
      subject: 'PO 881',
      text: 'Please deliver the attached order.',
      attachments: [{ filename: 'PO_881.pdf', contentType: 'application/pdf', contentBase64: pdf }],
    });
    expect(result).toMatchObject({ type: 'ORDER', routedTo: 'orders', duplicate: false });
    const stored = await db.attachment.findFirstOrThrow({ where: { emailId: result.id } });
    expect(Buffer.from(stored.content).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('ingest: threads', () => {
  const sender = `buyer.${tag()}@customer.example`;
  let original: Awaited<ReturnType<typeof ingest>>;

  it('joins a reply by In-Reply-To, by our auto-reply, and by subject + participants', async () => {
    const first = message({ From: sender, To: 'support@h-bu.de', Subject: 'Knopfmuster für Herbst' });
    original = await ingest(first);
    const firstId = /Message-ID: (\S+)/.exec(first.toString())![1];

    const byHeader = await ingest(message({ From: sender, To: 'support@h-bu.de', Subject: 'Sample buttons', 'In-Reply-To': firstId, References: firstId }));
    expect(byHeader.threadId).toBe(original.threadId);

    const ourReply = await db.outboxMessage.findFirstOrThrow({ where: { emailId: original.id } });
    const toOurReply = await ingest(message({ From: sender, To: 'support@h-bu.de', Subject: 'Thanks', 'In-Reply-To': ourReply.messageId }));
    expect(toOurReply.threadId).toBe(original.threadId);

    const bySubject = await ingest(message({ From: sender, To: 'support@h-bu.de', Subject: 'AW: Re: Knopfmuster für Herbst' }));
    expect(bySubject.threadId).toBe(original.threadId);

    const thread = await db.thread.findUniqueOrThrow({ where: { id: original.threadId } });
    expect(thread.messageCount).toBe(4);
    const latest = await db.email.findUniqueOrThrow({ where: { id: bySubject.id } });
    expect(thread.lastMessageAt).toEqual(latest.receivedAt);
  });

  it('answers "AW: Re: …" with one "Re: " in front of the subject as the customer wrote it', async () => {
    const topic = `Muster ${randomUUID().slice(0, 8)}`;
    const { id } = await ingest(message({ From: `Ria <ria.${randomUUID().slice(0, 8)}@customer.example>`, To: 'support@h-bu.de', Subject: `AW: Re: ${topic}` }));
    const reply = await db.outboxMessage.findFirstOrThrow({ where: { emailId: id, kind: 'auto_reply' } });
    expect(reply.subject).toBe(`Re: ${topic} — your message is in good hands`);
  });

  it('counts replies to several threads stored together', async () => {
    const opening = (n: number) => message({ From: `Grow ${n} <grow.${n}.${randomUUID().slice(0, 8)}@customer.example>`, To: 'support@h-bu.de', Subject: `Growing thread ${n} ${randomUUID()}` });
    const firsts = [opening(1), opening(2)];
    const stored = await Promise.all(firsts.map((m) => ingest(m)));
    const replyTo = (m: Buffer, i: number) => {
      const id = /Message-ID: (\S+)/.exec(m.toString())![1];
      const from = /From: (.+)/.exec(m.toString())![1];
      return message({ From: from, To: 'support@h-bu.de', Subject: `Re: reply ${i}`, 'In-Reply-To': id, References: id }, 'One more thing.');
    };
    const replies = [replyTo(firsts[0], 1), replyTo(firsts[0], 2), replyTo(firsts[1], 3)];
    const receivedAt = new Date('2030-01-02T03:04:05.678Z');
    await Promise.all(replies.map((m) => ingest(m, { receivedAt })));
    const threads = await db.thread.findMany({ where: { id: { in: stored.map((s) => s.threadId) } }, select: { id: true, messageCount: true, lastMessageAt: true } });
    expect(new Map(threads.map((t) => [t.id, t.messageCount]))).toEqual(new Map([[stored[0].threadId, 3], [stored[1].threadId, 2]]));
    expect(threads.map((t) => t.lastMessageAt)).toEqual([receivedAt, receivedAt]);
  });

  it('answers a sender at most once per thread and day', async () => {
    const replies = await db.outboxMessage.count({ where: { email: { threadId: original.threadId }, kind: 'auto_reply' } });
    expect(replies).toBe(1);
    const again = await ingest(message({ From: sender, To: 'support@h-bu.de', Subject: 'Re: Knopfmuster für Herbst' }));
    expect(again.autoReply).toBeNull();
    const email = await db.email.findUniqueOrThrow({ where: { id: again.id } });
    expect((email.reasons as { autoReply: string[] }).autoReply).toEqual(['no automatic reply: this sender already had one in this thread today']);
  });

  it('starts a new thread for the same subject with other people', async () => {
    const other = await ingest(message({ From: `someone.${tag()}@else.example`, To: 'support@h-bu.de', Subject: 'Knopfmuster für Herbst' }));
    expect(other.threadId).not.toBe(original.threadId);
    expect(other.autoReply).not.toBeNull();
  });
});

describe('ingest: a reply joins the unit handling its thread', () => {
  // Rules with conditions win over the thread; only what the catch-all alone took follows the thread's unit.
  const order = () => {
    const sender = `t.becker.${tag()}@fashionhouse-berlin.de`;
    const subject = `Nachbestellung zu Bestellung ${tag()}`;
    return { ...uniqueCopy(fixture('order-pdf.eml'), { From: `Thomas Becker <${sender}>`, Subject: subject }), sender, subject };
  };
  type Order = ReturnType<typeof order>;
  const reply = (o: Order, headers: Record<string, string>, body = 'Danke! Wann wird geliefert?') =>
    message({ From: `Thomas Becker <${o.sender}>`, To: 'orders@h-bu.de', Subject: `AW: ${o.subject}`, ...headers }, body);
  const inReplyTo = (id: string) => ({ 'In-Reply-To': id, References: id });
  const stored = (id: string) => db.email.findUniqueOrThrow({ where: { id }, include: { task: { include: { businessUnit: true } }, outbox: true, csat: true } });
  const reasonsOf = (email: { reasons: unknown }) => email.reasons as { route: string[]; autoReply: string[] };

  const o = order();
  let first: Awaited<ReturnType<typeof ingest>>;

  it('sends an order with its PDF to Orders, and the reply without one after it, saying why', async () => {
    first = await ingest(o.raw);
    expect(first).toMatchObject({ routedTo: 'orders', autoReply: { template: 'order_received' } });

    const result = await ingest(reply(o, inReplyTo(o.messageId)));
    expect(result).toMatchObject({ threadId: first.threadId, routedTo: 'orders', ruleId: null, autoReply: null });
    const email = await stored(result.id);
    // Written to orders@ in a thread Orders handles: the mailbox already names the thread's unit.
    expect(reasonsOf(email).route).toEqual(['addressed to orders@h-bu.de, the Orders mailbox', 'only the catch-all rule fallback matched']);
    // The loop guard still allows one courtesy reply per sender, thread and day: the order had it.
    expect(reasonsOf(email).autoReply).toEqual(['no automatic reply: this sender already had one in this thread today']);
    expect(email.task!.businessUnit.key).toBe('orders');
    const minutes = slaMinutesOf(email.task!.businessUnit)[email.priority];
    expect(email.task!.slaDueAt.getTime() - email.receivedAt.getTime()).toBe(minutes * 60_000);
    expect(result.slaDueAt).toBe(email.task!.slaDueAt.toISOString());
    expect(email.task!.handoffReason ?? '').not.toMatch(/outside the/);
  });

  it("answers a reply on another day with the catch-all's template, in the name of the thread's unit", async () => {
    const o2 = order();
    const opening = await ingest(o2.raw);
    const result = await ingest(reply(o2, inReplyTo(o2.messageId), 'Noch eine Frage zur Lieferung.'), { receivedAt: new Date(Date.now() + 86_400_000) });
    expect(result).toMatchObject({ threadId: opening.threadId, routedTo: 'orders', autoReply: { template: 'generic_ack' } });
    const email = await stored(result.id);
    expect(email.outbox[0]).toMatchObject({ fromAddress: 'orders@h-bu.de', toAddress: o2.sender });
    expect(email.outbox[0].text).toContain('Orders');
    expect(email.csat).toEqual([]);
  });

  it('lets a rule with conditions win over the thread, and later replies follow the unit it chose', async () => {
    const complaint = await ingest(reply(o, inReplyTo(o.messageId), 'Die gelieferten Knöpfe sind defekt.'));
    const rule = await db.routingRule.findUniqueOrThrow({ where: { key: 'complaint_keywords' } });
    expect(complaint).toMatchObject({ threadId: first.threadId, routedTo: 'quality', ruleId: rule.id });

    const next = await ingest(reply(o, inReplyTo(complaint.messageId)));
    expect(next).toMatchObject({ threadId: first.threadId, routedTo: 'quality', ruleId: null });
    expect(reasonsOf(await stored(next.id)).route[0]).toBe('reply in a thread handled by Quality');
  });

  it('follows a thread found by subject and participants alone', async () => {
    const o3 = order();
    const opening = await ingest(o3.raw);
    const result = await ingest(reply(o3, {}));
    expect(result).toMatchObject({ threadId: opening.threadId, routedTo: 'orders', ruleId: null });
  });

  it('follows a thread begun in the same batch', async () => {
    const o4 = order();
    const dir = await pipelineDirectory();
    const prepare = async (raw: Buffer) => prepareEmail(raw, await parseEmail(raw), dir, { actor: SYSTEM_ACTOR });
    const [opening, answer] = [await prepare(o4.raw), await prepare(reply(o4, inReplyTo(o4.messageId)))];
    // Handed over together, they are written in one batch.
    const [a, b] = await Promise.all([storeInbound(opening), storeInbound(answer)]);
    expect(a.result).toMatchObject({ routedTo: 'orders', autoReply: { template: 'order_received' } });
    expect(b.result).toMatchObject({ threadId: a.result.threadId, routedTo: 'orders', ruleId: null, autoReply: null });
  });
});

describe('ingest: loop protection and bounces', () => {
  it.each([
    ['auto-reply.eml', 'Auto-Submitted: auto-replied'],
    ['bulk-newsletter.eml', 'Precedence: bulk'],
  ])('sends no reply to %s', async (name, reason) => {
    const { id, autoReply } = await ingest(fresh(name).raw);
    expect(autoReply).toBeNull();
    expect(await db.outboxMessage.count({ where: { emailId: id } })).toBe(0);
    const email = await db.email.findUniqueOrThrow({ where: { id } });
    expect((email.reasons as { autoReply: string[] }).autoReply).toEqual([`no automatic reply: ${reason}`]);
  });

  it('sends no reply to no-reply senders or our own domain', async () => {
    expect((await ingest(uniqueCopy(fixture('noreply.eml')).raw)).autoReply).toBeNull();
    expect((await ingest(message({ From: 'manager@h-bu.de', To: 'support@h-bu.de', Subject: 'Internal note' }))).autoReply).toBeNull();
  });

  it('links a DSN to the message it reports on and marks the failed recipient', async () => {
    const outreach = `<outreach-${tag()}@h-bu.de>`;
    const related = await ingest(message({ From: `prospect.${tag()}@customer.example`, To: 'sales@h-bu.de', Subject: 'Catalogue please' }));
    await db.outboxMessage.create({ data: { kind: 'outreach', messageId: outreach, fromAddress: 'sales@h-bu.de', toAddress: 'gone@customer.example', subject: 's', text: 't', headers: {}, emailId: related.id, status: 'SENT' } });
    const dsn = uniqueCopy(Buffer.from(fixture('dsn.eml').toString('latin1').replace('<outreach-fixture-0001@h-bu.de>', outreach), 'latin1')).raw;

    const result = await ingest(dsn);
    expect(result).toMatchObject({ type: 'BOUNCE', priority: 'LOW', autoReply: null, threadId: related.threadId });
    const email = await db.email.findUniqueOrThrow({ where: { id: result.id } });
    expect(email).toMatchObject({ bounceFor: outreach, bouncedAddress: 'gone@customer.example' });
  });
});

describe('ingest: idempotency', () => {
  it('answers the same message again as a duplicate of the stored one', async () => {
    const { raw, messageId } = fresh('latin1-8bit.eml');
    const first = await ingest(raw);
    const second = await ingest(raw);
    const { autoReply, ...rest } = first;
    expect(second).toMatchObject({ ...rest, duplicate: true, autoReply: { template: autoReply!.template } });
    expect(await db.email.count({ where: { messageId } })).toBe(1);
  });

  it('treats a redelivery with other trace headers as the same message', async () => {
    const { raw } = fresh('windows-1252-qp.eml');
    const first = await ingest(raw);
    const relayed = Buffer.concat([Buffer.from('Received: from relay.example by mx.h-bu.de; Tue, 24 Nov 2026 10:00:05 +0100\r\n'), raw]);
    expect(await ingest(relayed)).toMatchObject({ id: first.id, duplicate: true });
  });

  it('keeps a different message that reuses a stored Message-ID under its own key', async () => {
    const { raw, messageId } = fresh('latin1-8bit.eml');
    const first = await ingest(raw);
    const other = Buffer.from(raw.toString('latin1').replace('Hornknöpfe', 'Holzknöpfe'), 'latin1');
    const second = await ingest(other);
    expect(second.duplicate).toBe(false);
    expect(second.id).not.toBe(first.id);
    expect(second.messageId.startsWith(`${messageId}#`)).toBe(true);
    expect(await ingest(other)).toMatchObject({ id: second.id, duplicate: true });
  });

  it('derives a stable Message-ID for messages without one', async () => {
    const raw = Buffer.from(message({ From: `anon.${tag()}@example.org`, Subject: 'No id' }).toString().replace(/^Message-ID:.*\r\n/m, ''));
    const first = await ingest(raw);
    expect(first.messageId).toMatch(/^<[0-9a-f]{40}@fingerprint\.invalid>$/);
    expect(await ingest(raw)).toMatchObject({ id: first.id, duplicate: true });
  });

  it('holds the JSON form to its Message-ID, and derives one from the payload when missing', async () => {
    const messageId = `<json-${tag()}@example.org>`;
    const first = await ingestJson({ from: 'json@example.org', to: 'support@h-bu.de', subject: 'First', text: 'one', messageId });
    expect(await ingestJson({ from: 'json@example.org', to: 'support@h-bu.de', subject: 'Changed', text: 'two', messageId })).toMatchObject({ id: first.id, duplicate: true });
    const payload = { from: `json.${tag()}@example.org`, to: 'support@h-bu.de', subject: 'No id', text: 'three' };
    const a = await ingestJson(payload);
    expect(await ingestJson(payload)).toMatchObject({ id: a.id, duplicate: true });
  });

  it('stores 16 concurrent copies of one message exactly once', async () => {
    const { raw, messageId } = fresh('complaint-de.eml');
    const results = await Promise.all(Array.from({ length: 16 }, () => ingest(raw)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.email.count({ where: { messageId } })).toBe(1);
  });

  it('settles a lost race by re-reading, leaving nothing half-stored', async () => {
    const { raw, messageId } = fresh('supplier.eml');
    // Decided, so the agent's own reads and trail are not mistaken for the second delivery's.
    const first = await ingestDecided(raw);
    const counts = async () => [await db.thread.count(), await db.task.count(), await db.activity.count({ where: { entityId: first.id } }), await db.email.count({ where: { messageId } })];
    const before = await counts();
    // Another writer stored the message between our duplicate check and our insert: the check sees nothing.
    const check = vi.spyOn(db.email, 'findMany').mockResolvedValueOnce([]);
    const second = await ingest(raw);
    check.mockRestore();
    expect(second).toMatchObject({ id: first.id, duplicate: true });
    expect(await counts()).toEqual(before);
  });
});

describe('ingest: live announcement', () => {
  it('publishes email.received on the staff channel after commit, without the body', async () => {
    const { seen, close } = await listen(CHANNELS.staff, EVENTS.emailReceived);
    onTestFinished(close);
    const result = await ingest(fresh('complaint-de.eml').raw);
    await vi.waitFor(() => expect(seen.some((d) => d.id === result.id)).toBe(true), { timeout: 5000 });
    const event = seen.find((d) => d.id === result.id)!;
    expect(event).toMatchObject({ id: result.id, type: 'COMPLAINT', unit: { key: 'quality' }, sla: 'ok', autoReply: { template: 'complaint_ack' } });
    expect(event).not.toHaveProperty('text');
    expect(event).not.toHaveProperty('html');
  });
});
