// The agents at work right after ingest, on real MIME built the way the simulator builds it (real pdf-lib PDFs).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { composeMime } from '@/lib/email/simulator/compose';
import { invoicePdf, invoiceTotals, orderPdf } from '@/lib/email/simulator/documents';
import { SEEDED_CUSTOMERS, SUPPLIERS } from '@/lib/email/simulator/parties';
import type { Draft } from '@/lib/email/simulator/types';
import { sendOutreach } from '@/lib/sales/outreach';
import { createProspect } from '@/lib/sales/prospects';
import { prospectCreateSchema } from '@/lib/sales/schemas';
import { fixture, message, uniqueCopy } from '@/tests/fixtures/email';
import { ingestDecided, moveToUnit, testUnit } from '@/tests/agent-fixtures';
import { escalateTasks } from './coordinator';
import { reviewEmails } from './run';

const tag = () => randomUUID().slice(0, 8);
const mime = (draft: Draft) => composeMime(draft, { messageId: `<${randomUUID()}@test.h-bu.invalid>`, date: new Date(), boundary: `b-${tag()}`, received: 'from mail.test by mx.h-bu.de' });

const stored = (id: string) =>
  db.email.findUniqueOrThrow({
    where: { id },
    include: { task: { include: { assignee: true } }, orders: { include: { items: { orderBy: { sku: 'asc' } } } }, outbox: { where: { kind: 'auto_reply' } } },
  });
const decisions = (emailId: string) => db.activity.findMany({ where: { entityType: 'email', entityId: emailId, actorType: 'agent' }, orderBy: { createdAt: 'asc' } });

async function orderFrom(domain: string, lines: { sku: string; quantity: number }[]) {
  const products = await db.product.findMany({ where: { sku: { in: lines.map((l) => l.sku) } } });
  const priced = lines.map((l) => {
    const p = products.find((x) => x.sku === l.sku)!;
    return { sku: p.sku, name: p.name, quantity: l.quantity, unitCents: p.priceCents };
  });
  const seeded = SEEDED_CUSTOMERS.find((c) => c.domain === domain);
  const buyer = { name: 'Hans Test', email: `hans.${tag()}@${domain}`, company: seeded ?? { ...SEEDED_CUSTOMERS[0], name: 'Unknown Buyer GmbH', domain } };
  const number = String(Math.floor(Math.random() * 90_000) + 10_000);
  const attachment = await orderPdf(`order_${number}.pdf`, { buyer, number, lines: priced, deliveryBy: new Date(Date.now() + 14 * 86_400_000), at: new Date(), ourName: 'Happy Buttons GmbH' });
  const raw = await mime({ from: buyer, to: 'orders@h-bu.de', subject: `Purchase order ${number}`, text: `Dear Happy Buttons team,\n\nplease find attached our purchase order ${number}.\n\nKind regards\nHans Test`, attachments: [attachment] });
  return { raw, priced, buyer };
}

describe('the orders agent after ingest', () => {
  it('turns a PDF purchase order from a known customer into a draft order, closes the task and counts it auto-handled', async () => {
    const { raw, priced, buyer } = await orderFrom('schneiderei-mueller.de', [
      { sku: 'HB-STD-001', quantity: 200 },
      { sku: 'HB-PRM-002', quantity: 50 },
    ]);
    const result = await ingestDecided(raw);
    expect(result).toMatchObject({ type: 'ORDER', routedTo: 'orders', autoReply: { template: 'order_received' } });

    const email = await stored(result.id);
    const customer = await db.customer.findFirstOrThrow({ where: { name: 'Schneiderei Müller' } });
    expect(email).toMatchObject({ autoHandled: true, autoHandledBy: 'orders', customerId: customer.id });
    expect(email.task).toMatchObject({ status: 'CLOSED', assigneeId: null, handoffReason: null });
    expect(email.task!.closedAt).toBeInstanceOf(Date);
    expect(email.task!.agentReviewedAt).toBeInstanceOf(Date);
    // The first response is the order_received reply the pipeline queued.
    expect(email.task!.firstResponseAt).toEqual(email.outbox[0].createdAt);

    const [order] = email.orders;
    expect(order).toMatchObject({ status: 'DRAFT', source: 'email', sourceEmailId: email.id, customerId: customer.id, email: buyer.email, contactName: 'Hans Test', company: 'Schneiderei Müller', paymentMethod: 'INVOICE' });
    expect(order.number).toMatch(/^HB-\d{4}-\d{6}$/);
    expect(order.items.map((i) => [i.sku, i.quantity, i.unitPriceCents, i.lineCents])).toEqual(
      priced.map((l) => [l.sku, l.quantity, l.unitCents, l.quantity * l.unitCents]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    // Storefront rules by hand: free shipping from €250 net, 19 % VAT on net + shipping.
    const net = priced.reduce((s, l) => s + l.quantity * l.unitCents, 0);
    const shipping = net >= 25_000 ? 0 : 990;
    const vat = Math.round(((net + shipping) * 19) / 100);
    expect(order).toMatchObject({ netCents: net, shippingCents: shipping, vatCents: vat, totalCents: net + shipping + vat });

    const [decision] = await decisions(email.id);
    expect(decision).toMatchObject({ action: 'agent.auto_handled', actorId: 'orders', actorName: 'orders agent' });
    expect(decision.after).toMatchObject({ taskId: email.task!.id, order: { id: order.id, number: order.number, totalCents: order.totalCents } });
    expect((decision.after as { reason: string }).reason).toMatch(/^drafted an order for Schneiderei Müller from order_\d+\.pdf: 2 lines/);
  });

  it('hands an order from an unknown sender to the Orders office, drafting nothing', async () => {
    const { raw } = await orderFrom(`unknown-${tag()}.example`, [{ sku: 'HB-STD-001', quantity: 100 }]);
    const result = await ingestDecided(raw);
    const email = await stored(result.id);
    expect(email).toMatchObject({ autoHandled: false, autoHandledBy: null, orders: [] });
    expect(email.task).toMatchObject({ status: 'OPEN', handoffReason: expect.stringMatching(/is no known customer's/) });
  });
});

describe('the finance agent after ingest', () => {
  it('files a supplier invoice with its number and amount', async () => {
    const issuer = { name: 'Wei Chen', email: `wei.${tag()}@pearlcoast-trading.com`, company: SUPPLIERS.find((c) => c.domain === 'pearlcoast-trading.com')! };
    const lines = [{ description: 'Mother-of-pearl blanks 18 mm, grade A', quantity: 20, unitCents: 4_550 }];
    const number = `2026-${tag()}`;
    const attachment = await invoicePdf(`invoice_${number}.pdf`, { issuer, number, lines, at: new Date(), dueDays: 30, ourName: 'Happy Buttons GmbH', iban: 'DE89 3704 0044 0532 0130 00' });
    const result = await ingestDecided(await mime({ from: issuer, to: 'finance@h-bu.de', subject: `Invoice ${number} from Pearl Coast Trading Ltd`, text: `Please find attached our invoice ${number}.`, attachments: [attachment] }));
    expect(result.routedTo).toBe('finance');
    const email = await stored(result.id);
    expect(email).toMatchObject({ autoHandled: true, autoHandledBy: 'finance', task: { status: 'CLOSED' } });
    const [decision] = await decisions(email.id);
    expect(decision.after).toMatchObject({ invoice: { number, amountCents: invoiceTotals(lines).gross, currency: 'EUR', document: `invoice_${number}.pdf` } });
  });
});

describe('hand-overs and machine mail', () => {
  it('hands a complaint to a member of Quality with the reason and tells them, not auto-handled', async () => {
    const { raw } = uniqueCopy(fixture('complaint-de.eml'), { From: `Jürgen Test <j.${tag()}@schneiderei-mueller.de>` });
    const result = await ingestDecided(raw);
    expect(result.routedTo).toBe('quality');
    const email = await stored(result.id);
    expect(email).toMatchObject({ autoHandled: false, autoHandledBy: null });
    expect(email.task).toMatchObject({ status: 'OPEN', handoffReason: 'a complaint: a person must look into it and decide on a remedy', firstResponseAt: null });
    const quality = await db.businessUnit.findUniqueOrThrow({ where: { key: 'quality' } });
    expect(email.task!.assignee?.businessUnitId).toBe(quality.id);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: email.task!.assigneeId!, link: `/emails/${email.id}` } });
    expect(notice).toMatchObject({ kind: 'assignment', body: expect.stringContaining('a complaint: a person must look into it') });
    const [decision] = await decisions(email.id);
    expect(decision).toMatchObject({ action: 'agent.handed_off', actorId: 'quality', after: { reason: email.task!.handoffReason, assignee: { id: email.task!.assigneeId } } });
  });

  it.each([
    ['dsn.eml', 'BOUNCE', /^a delivery failure report for gone@customer\.example, recorded: nothing to answer$/],
    ['auto-reply.eml', 'AUTO_REPLY', /^an automatic reply \(out of office or similar\): nothing to answer$/],
    ['bulk-newsletter.eml', 'SPAM', /^bulk mail or spam \(.+\): nothing to answer$/],
  ])('closes %s (%s) as auto-handled without a person', async (name, type, reason) => {
    const result = await ingestDecided(uniqueCopy(fixture(name)).raw);
    expect(result.type).toBe(type);
    const email = await stored(result.id);
    expect(email).toMatchObject({ autoHandled: true, autoHandledBy: result.routedTo });
    expect(email.task).toMatchObject({ status: 'CLOSED', assigneeId: null, firstResponseAt: null });
    expect(await db.notification.count({ where: { link: `/emails/${email.id}` } })).toBe(0);
    const [decision] = await decisions(email.id);
    expect((decision.after as { reason: string }).reason).toMatch(reason);
  });

  it('leaves a prospect\'s reply to a rep\'s outreach to that rep: no courtesy reply or rating link, out of the unit\'s queue', async () => {
    const u = await db.user.findUniqueOrThrow({ where: { email: 'sales@h-bu.de' } });
    const rep = { kind: 'user' as const, id: u.id, role: u.role, name: u.name, email: u.email };
    const address = `anna.${tag()}@reply-${tag()}.example`;
    const prospect = await createProspect(rep, prospectCreateSchema.parse({ company: 'Anna Reply GmbH', contactName: 'Anna Reply', email: address, tags: [], valueCents: 0 }));
    const outreach = await sendOutreach(rep, prospect.id, { subject: 'Buttons for your spring line', text: 'May we send samples?', from: 'me' });

    const raw = message({ From: `Anna Reply <${address}>`, To: 'sales@h-bu.de', Subject: 'Re: Buttons for your spring line', 'In-Reply-To': outreach.messageId, References: outreach.messageId }, 'Yes please, send a quote for 5000 buttons.');
    const result = await ingestDecided(raw);
    expect(result.autoReply).toBeNull();
    const email = await stored(result.id);
    expect(email.outbox).toHaveLength(0);
    expect(await db.csatResponse.count({ where: { emailId: email.id } })).toBe(0);
    expect((email.reasons as { autoReply: string[] }).autoReply).toEqual([`no automatic reply: it answers ${u.name}'s outreach, and ${u.name} answers in person`]);
    expect(email).toMatchObject({ autoHandled: false });
    // Closed with the rep as its holder: it counts neither in the unit's open queue nor against its SLA.
    expect(email.task).toMatchObject({ status: 'CLOSED', assigneeId: u.id, firstResponseAt: null, handoffReason: `Anna Reply answers ${u.name}'s outreach: the rep answers in person, so it leaves this queue` });
    expect(email.task!.closedAt).toBeInstanceOf(Date);
    // The rep hears of the reply from the sales monitor (linked to the prospect); nobody in the unit is told.
    expect(await db.notification.count({ where: { link: `/emails/${email.id}` } })).toBe(0);

    // Reopened by someone and past its SLA, the coordinator neither chases the rep nor takes the task back to the unit.
    const { unit } = await testUnit();
    const task = await moveToUnit(email.id, unit.id);
    await db.task.update({ where: { id: task.id }, data: { status: 'OPEN', closedAt: null } });
    expect(await escalateTasks({ unitIds: [unit.id], now: new Date(Date.now() + 30 * 86_400_000) })).toMatchObject({ atRisk: 0, breached: 0 });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ escalationLevel: 0, assigneeId: u.id });
  });

  it('decides once: the same email again changes nothing', async () => {
    const { raw } = uniqueCopy(fixture('complaint-de.eml'), { From: `Jürgen Test <j.${tag()}@schneiderei-mueller.de>` });
    const first = await ingestDecided(raw);
    const again = await ingestDecided(raw);
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    expect(await decisions(first.id)).toHaveLength(1);
  });
});

describe('one batch decided alike and not', () => {
  it('claims each task with its own new state: drafted and closed, handed off, and left to the person who took it', async () => {
    const complaint = () => uniqueCopy(fixture('complaint-de.eml'), { From: `Jürgen Test <j.${tag()}@schneiderei-mueller.de>` }).raw;
    const { raw: orderRaw } = await orderFrom('schneiderei-mueller.de', [{ sku: 'HB-STD-001', quantity: 100 }]);
    const ids = (await Promise.all([ingestDecided(orderRaw), ingestDecided(complaint()), ingestDecided(complaint())])).map((r) => r.id);
    const [order, handed, taken] = ids;
    // As if the agent had not run yet, and a person took the last task meanwhile.
    const person = await db.user.findUniqueOrThrow({ where: { email: 'quality.agent@h-bu.de' } });
    await db.order.deleteMany({ where: { sourceEmailId: order } });
    await db.activity.deleteMany({ where: { entityId: { in: ids }, actorType: 'agent' } });
    await db.task.updateMany({ where: { emailId: { in: ids } }, data: { status: 'OPEN', closedAt: null, firstResponseAt: null, assigneeId: null, handoffReason: null, agentReviewedAt: null } });
    await db.task.update({ where: { emailId: taken }, data: { assigneeId: person.id, status: 'IN_PROGRESS', handoffReason: 'checked by hand' } });

    const outcomes = await reviewEmails(ids);
    expect(Object.fromEntries(outcomes.map((o) => [o.emailId, o.outcome]))).toEqual({ [order]: 'auto_handled', [handed]: 'handed_off', [taken]: 'skipped' });
    const [o, h, t] = await Promise.all(ids.map(stored));
    expect(o.task).toMatchObject({ status: 'CLOSED', assigneeId: null, handoffReason: null, firstResponseAt: o.outbox[0].createdAt });
    expect(o.task!.closedAt).toBeInstanceOf(Date);
    expect(o).toMatchObject({ autoHandled: true, autoHandledBy: 'orders', orders: [{ status: 'DRAFT' }] });
    expect(h.task).toMatchObject({ status: 'OPEN', closedAt: null, handoffReason: 'a complaint: a person must look into it and decide on a remedy', firstResponseAt: null });
    expect(h.task!.assigneeId).not.toBeNull();
    expect(h).toMatchObject({ autoHandled: false });
    expect(t.task).toMatchObject({ status: 'IN_PROGRESS', assigneeId: person.id, handoffReason: 'checked by hand', closedAt: null });
    for (const e of [o, h, t]) expect(e.task!.agentReviewedAt).toBeInstanceOf(Date);
    expect(await decisions(taken)).toEqual([]);
  });
});
