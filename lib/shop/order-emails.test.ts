import { describe, expect, it } from 'vitest';
import { env } from '@/lib/config/env';
import type { OrderStatus } from '@/lib/generated/sqlite/enums';
import { isOrderAccessToken } from './order-access';
import { queueOrderConfirmation, queueStatusEmail, type OrderForEmail, type OrderMailContext } from './order-emails';

type Queued = { text: string; html: string; subject: string };
type Tx = Parameters<typeof queueOrderConfirmation>[0];
/** Keeps what would be written to the outbox. */
const outbox = () => {
  const sent: Queued[] = [];
  const tx = { outboxMessage: { create: async ({ data }: { data: Queued }) => sent.push(data) } } as unknown as Tx;
  return { tx, sent };
};

const mail: OrderMailContext = {
  desk: { name: 'Orders', email: 'orders@h-bu.de', slaMinutes: 240 },
  confirmation: { subject: 'Order {{reference}} received', body: 'Dear {{customer_name}},\n\nThank you.' },
};

const order: OrderForEmail = {
  id: 'o1',
  number: 'HB-2026-000777',
  userId: null,
  email: 'tess@guest.example',
  contactName: 'Tess Tester',
  company: 'Guest & Co',
  vatId: 'ATU12345678',
  shippingAddress: { line1: 'Bahnhofstrasse 1', line2: 'Hinterhaus', postalCode: '8001', city: 'Zürich', country: 'CH' },
  paymentMethod: 'PREPAYMENT',
  netCents: 1_000,
  shippingCents: 990,
  vatCents: 0,
  vatRatePercent: 0,
  vatTreatment: 'EXPORT',
  totalCents: 1_990,
  items: [{ sku: 'HB-STD-001', name: 'Classic', quantity: 2, unitPriceCents: 500, lineCents: 1_000 }],
};

const base = env().APP_URL.replace(/\/$/, '');
const linkIn = (text: string) => text.match(/https?:\/\/\S+/)?.[0] ?? '';

async function statusMail(from: OrderStatus, to: OrderStatus, o: OrderForEmail = order) {
  const { tx, sent } = outbox();
  await queueStatusEmail(tx, o, { from, to }, mail);
  return sent[0];
}

describe('the order-received email', () => {
  it("links a guest to the tokened confirmation page and repeats the delivery address and VAT ID", async () => {
    const { tx, sent } = outbox();
    await queueOrderConfirmation(tx, order, mail);
    const [{ text, html }] = sent;
    const url = linkIn(text);
    expect(url.startsWith(`${base}/checkout/confirmation/HB-2026-000777?token=`)).toBe(true);
    expect(isOrderAccessToken(order.number, new URL(url).searchParams.get('token') ?? undefined)).toBe(true);
    expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    expect(text).toContain('Delivery to:\nTess Tester · Guest & Co\nBahnhofstrasse 1\nHinterhaus\n8001 Zürich\nSwitzerland');
    expect(text).toContain('Your VAT ID: ATU12345678');
    expect(html).toContain('8001 Zürich<br>Switzerland');
    expect(text).toContain('Kindly transfer €19.90');
  });

  it("links an account holder's order to their account, and leaves out a VAT ID never given", async () => {
    const { tx, sent } = outbox();
    await queueOrderConfirmation(tx, { ...order, userId: 'u1', vatId: null, company: null }, mail);
    expect(linkIn(sent[0].text)).toBe(`${base}/account/orders/HB-2026-000777`);
    expect(sent[0].text).toContain('Delivery to:\nTess Tester\nBahnhofstrasse 1');
    expect(sent[0].text).not.toContain('VAT ID');
  });
});

describe('status emails', () => {
  it('asks for the payment when a prepaid draft is confirmed: its first mail carries what the received email would', async () => {
    const { text, html } = await statusMail('DRAFT', 'CONFIRMED');
    expect(text).toContain('We are delighted to confirm your order HB-2026-000777');
    expect(text).toMatch(/Kindly transfer €19\.90 to Happy Buttons GmbH, .*IBAN DE89 7015 0000 1234 5678 90.*quoting HB-2026-000777/);
    expect(html).toContain('Kindly transfer €19.90');
    expect(text).toContain('Delivery to:\nTess Tester · Guest & Co');
    expect(linkIn(text)).toMatch(/\/checkout\/confirmation\/HB-2026-000777\?token=/);
  });

  it('names the invoice when a draft paid on invoice is confirmed', async () => {
    expect((await statusMail('DRAFT', 'CONFIRMED', { ...order, paymentMethod: 'INVOICE' })).text).toContain('Payment: on invoice.');
  });

  it('does not repeat the bank details to a web buyer who had them in the received email', async () => {
    const { text } = await statusMail('PLACED', 'CONFIRMED');
    expect(text).not.toContain('Kindly transfer');
    expect(linkIn(text)).toMatch(/\/checkout\/confirmation\/HB-2026-000777\?token=/);
  });

  it('promises a refund when a prepaid order is cancelled, and not when it was to be paid on invoice', async () => {
    expect((await statusMail('PLACED', 'CANCELLED')).text).toContain('we shall refund it in full');
    expect((await statusMail('CONFIRMED', 'CANCELLED', { ...order, paymentMethod: 'INVOICE' })).text).not.toContain('refund');
  });

  it('sends nothing for a status without news for the buyer', async () => {
    expect(await statusMail('CONFIRMED', 'DRAFT')).toBeUndefined();
  });
});
