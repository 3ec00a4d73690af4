import { describe, expect, it } from 'vitest';
import { leastLoaded } from './assign';
import { decide, readsDocuments, type AgentDocument, type AgentEmail, type AgentFacts } from './decide';
import type { CatalogProduct } from './order-lines';

const product = (sku: string, name: string, priceCents: number, active = true): CatalogProduct => ({ id: `p-${sku}`, sku, name, priceCents, active });
const catalog = new Map([product('HB-PRM-001', 'Royal Sapphire Button', 490), product('HB-STD-002', 'Navy Coat Buttons (50 pcs)', 1450), product('HB-OLD-001', 'Retired Button', 100, false)].map((p) => [p.sku, p]));
const customer = { id: 'c1', name: 'Schneiderei Müller' };
const pdf = (filename: string, text: string): AgentDocument => ({ filename, reading: { ok: true, text } });
const ORDER_PDF = pdf('order_4711.pdf', 'Purchase Order 4711\n1 HB-PRM-001 Royal Sapphire Button 500 EUR 2,450.00\n2 HB-STD-002 Navy Coat Buttons (50 pcs) 20 EUR 290.00');

function facts(email: Partial<AgentEmail>, more: Partial<AgentFacts> = {}): AgentFacts {
  return {
    unitKey: 'orders',
    email: { type: 'ORDER', subject: 'Purchase order 4711', text: 'Please find our order attached.', customer, senderDomain: 'schneiderei-mueller.de', typeReasons: [], bouncedAddress: null, ...email },
    task: { status: 'OPEN', assigneeId: null },
    documents: [ORDER_PDF],
    catalog,
    outreach: null,
    ...more,
  };
}

describe('the orders agent', () => {
  it('drafts an order from a known customer whose PDF lists catalog SKUs, priced by the storefront rules', () => {
    const d = decide(facts({}));
    expect(d.outcome).toBe('auto_handled');
    if (d.outcome !== 'auto_handled' || d.work.kind !== 'draft_order') throw new Error('expected a draft order');
    expect(d.work.lines).toEqual([
      { productId: 'p-HB-PRM-001', sku: 'HB-PRM-001', name: 'Royal Sapphire Button', unitPriceCents: 490, quantity: 500, lineCents: 245_000 },
      { productId: 'p-HB-STD-002', sku: 'HB-STD-002', name: 'Navy Coat Buttons (50 pcs)', unitPriceCents: 1450, quantity: 20, lineCents: 29_000 },
    ]);
    // Shipping and VAT follow the destination, which the draft knows (lib/agents/draft-order.ts): the reason names the net sum.
    expect(d.reason).toBe('drafted an order for Schneiderei Müller from order_4711.pdf: 2 lines, €2,740.00 net, waiting for staff to confirm');
  });

  it('reads the lines from the mail text when there is no PDF, and checks the text against the PDF when both list them', () => {
    const body = 'Please send:\n1. HB-PRM-001  Royal Sapphire Button  500 pcs\n2. HB-STD-002  Navy Coat Buttons (50 pcs)  20 pcs';
    expect(decide(facts({ text: body }, { documents: [] }))).toMatchObject({ outcome: 'auto_handled', work: { kind: 'draft_order', source: 'the mail text' } });
    expect(decide(facts({ text: body }))).toMatchObject({ outcome: 'auto_handled', work: { kind: 'draft_order', source: 'order_4711.pdf' } });
    expect(decide(facts({ text: body.replace('500 pcs', '400 pcs') }))).toEqual({ outcome: 'handed_off', reason: 'order_4711.pdf and the mail text list different items or quantities' });
  });

  it.each([
    [{ customer: null }, {}, "the sender's domain schneiderei-mueller.de is no known customer's: a person must check the buyer first"],
    [{}, { documents: [{ filename: 'scan.pdf', reading: { ok: false as const, problem: 'the PDF has no text layer (a scan?)' } }] }, 'scan.pdf could not be read: the PDF has no text layer (a scan?)'],
    [{}, { documents: [pdf('order.pdf', 'We would like some buttons, please call us.')] }, 'no catalog SKU with a quantity found in order.pdf or the mail text'],
    [{}, { documents: [pdf('order.pdf', 'HB-PRM-001 Royal Sapphire Button 20 or 30')] }, 'order.pdf: unclear quantity for HB-PRM-001 (20 or 30): "HB-PRM-001 Royal Sapphire Button 20 or 30"'],
    [{}, { documents: [pdf('order.pdf', 'HB-OLD-001 Retired Button 10 pcs')] }, 'HB-OLD-001 is no longer for sale'],
    [{}, { documents: [ORDER_PDF, pdf('order2.pdf', 'HB-PRM-001 5 pcs')] }, 'several documents list items (order_4711.pdf, order2.pdf): a person must decide what was ordered'],
  ])('hands over what it cannot finish: %#', (email, more, reason) => {
    expect(decide(facts(email, more))).toEqual({ outcome: 'handed_off', reason });
  });

  it('leaves a task alone that a person already took', () => {
    expect(decide(facts({}, { task: { status: 'OPEN', assigneeId: 'u1' } }))).toEqual({ outcome: 'skipped', reason: 'a person already took the task' });
    expect(decide(facts({}, { task: { status: 'IN_PROGRESS', assigneeId: null } })).outcome).toBe('skipped');
  });
});

describe('the finance agent', () => {
  const invoice = pdf('invoice_2026-418.pdf', 'Invoice 2026-418\nInvoice number: 2026-418\nNet: EUR 1,000.00\nVAT 19%: EUR 190.00\nTotal due: EUR 1,190.00');
  const finance = (email: Partial<AgentEmail>, documents = [invoice]) => facts({ type: 'INVOICE', subject: 'Invoice 2026-418', customer: null, ...email }, { unitKey: 'finance', documents });

  it('files an invoice with its number and amount', () => {
    expect(decide(finance({}))).toEqual({
      outcome: 'auto_handled',
      reason: 'filed invoice 2026-418 for €1,190.00 from invoice_2026-418.pdf',
      work: { kind: 'file_invoice', number: '2026-418', total: { cents: 119_000, currency: 'EUR' }, document: 'invoice_2026-418.pdf' },
    });
  });

  it('hands over reminders, invoices without a PDF and invoices it cannot read fully', () => {
    expect(decide(finance({ subject: 'Payment reminder: invoice 2026-418' }))).toEqual({ outcome: 'handed_off', reason: 'a payment reminder: a person must check whether the invoice was paid' });
    expect(decide(finance({}, []))).toEqual({ outcome: 'handed_off', reason: 'no invoice PDF attached' });
    expect(decide(finance({}, [pdf('invoice.pdf', 'Invoice number: 77\nNet: EUR 5.00\nVAT: EUR 0.95')]))).toEqual({ outcome: 'handed_off', reason: 'no amount due found in invoice 77' });
  });
});

describe('every agent', () => {
  it.each([
    ['AUTO_REPLY', 'support', 'an automatic reply (out of office or similar): nothing to answer'],
    ['BOUNCE', 'support', 'a delivery failure report for lost@example.com, recorded: nothing to answer'],
    ['SPAM', 'quality', 'bulk mail or spam (bulk mail (List-Unsubscribe / List-Id header)): nothing to answer'],
  ] as const)('closes %s in %s without a person', (type, unitKey, reason) => {
    const d = decide(facts({ type, bouncedAddress: 'lost@example.com', typeReasons: ['bulk mail (List-Unsubscribe / List-Id header)'] }, { unitKey, documents: [] }));
    expect(d).toEqual({ outcome: 'auto_handled', reason, work: { kind: 'close' } });
  });

  it.each([
    ['COMPLAINT', 'quality', 'a complaint: a person must look into it and decide on a remedy'],
    ['EXPEDITE', 'support', 'an expedite request: a person must check capacity and promise a date'],
    ['INQUIRY', 'support', 'an inquiry: a person must answer it'],
    ['SUPPLIER', 'supplier', 'a supplier message: a person must decide on it'],
    ['ORDER', 'support', 'an order outside the Orders and OEM queues: a person must take it on'],
    ['INVOICE', 'quality', 'an invoice outside the Finance queue: a person must pass it on'],
  ] as const)('hands %s in %s to people', (type, unitKey, reason) => {
    expect(decide(facts({ type }, { unitKey }))).toEqual({ outcome: 'handed_off', reason });
  });

  it('hands a reply to a rep\'s outreach to that rep, whatever the type, but closes an out-of-office', () => {
    const outreach = { contactName: 'Anna Reply', rep: { id: 'u-sam', name: 'Samuel Sales' } };
    expect(decide(facts({ type: 'INQUIRY' }, { unitKey: 'support', outreach }))).toEqual({
      outcome: 'handed_off',
      reason: "Anna Reply answers Samuel Sales's outreach: the rep answers in person, so it leaves this queue",
      to: outreach.rep,
    });
    expect(decide(facts({ type: 'ORDER' }, { outreach }))).toMatchObject({ outcome: 'handed_off', to: outreach.rep });
    expect(decide(facts({ type: 'AUTO_REPLY' }, { unitKey: 'support', outreach }))).toMatchObject({ outcome: 'auto_handled' });
  });

  it('reads PDFs only where a skill needs them', () => {
    const email = facts({}).email;
    expect(readsDocuments('orders', email)).toBe(true);
    expect(readsDocuments('oem1', email)).toBe(true);
    expect(readsDocuments('orders', { ...email, customer: null })).toBe(false);
    expect(readsDocuments('finance', { ...email, type: 'INVOICE' })).toBe(true);
    expect(readsDocuments('finance', { ...email, type: 'INVOICE', subject: 'Zahlungserinnerung' })).toBe(false);
    expect(readsDocuments('finance', email)).toBe(false);
    expect(readsDocuments('quality', { ...email, type: 'COMPLAINT' })).toBe(false);
  });
});

describe('assignment by workload', () => {
  it('picks the member with the fewest open tasks, ties by name', () => {
    expect(leastLoaded([{ id: 'a', name: 'Zoe', open: 3 }, { id: 'b', name: 'Yann', open: 1 }, { id: 'c', name: 'Ada', open: 1 }])?.id).toBe('c');
    expect(leastLoaded([])).toBeNull();
  });
});
