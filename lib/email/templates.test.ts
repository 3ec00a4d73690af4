import { describe, expect, it } from 'vitest';
import { caseReference, customerName, renderReply } from './templates';
import { normalizeSubject, participantsKey, referencedIds } from './thread';

const vars = {
  customer_name: 'Ada <Lovelace>',
  reference: 'HB-1234ABCD',
  sla_promise: 'within 4 hours',
  unit_name: 'Orders',
  unit_email: 'orders@h-bu.de',
  company: 'Happy Buttons GmbH',
  subject: 'Order\r\nBcc: victim@example.com',
};

describe('renderReply', () => {
  const template = { key: 'order_received', subject: 'Re: {{subject}} — {{reference}}', bodyText: 'Dear {{customer_name}},\n\nYour order {{reference}} arrived.\nWe answer {{sla_promise}}.\n\nAsk {{unit_email}}.' };
  const out = renderReply(template, vars, { signature: 'With gracious regards,\nThe Household' });

  it('fills the variables and never lets one add a header line to the subject', () => {
    expect(out.subject).toBe('Re: Order Bcc: victim@example.com — HB-1234ABCD');
  });

  it('renders text with the signature and no rating link: an acknowledgement has done nothing to rate yet', () => {
    expect(out.text).toContain('Dear Ada <Lovelace>,\n\nYour order HB-1234ABCD arrived.');
    expect(out.text.trimEnd().endsWith('Ask orders@h-bu.de.\n\nWith gracious regards,\nThe Household')).toBe(true);
    expect(out.text).not.toMatch(/csat|How did we do/i);
  });

  it('renders escaped HTML paragraphs without a rating link', () => {
    expect(out.html).toContain('<p>Dear Ada &lt;Lovelace&gt;,</p>');
    expect(out.html).toContain('<p>Your order HB-1234ABCD arrived.<br>We answer within 4 hours.</p>');
    expect(out.html).not.toMatch(/csat|How did we do/i);
  });

  it('greets by display name, customer record or a courteous default', () => {
    expect(customerName('"Thomas Becker"', 'Fashion House Berlin')).toBe('Thomas Becker');
    expect(customerName(null, 'Fashion House Berlin')).toBe('Fashion House Berlin');
    expect(customerName('t.becker@fashionhouse-berlin.de', null)).toBe('Valued Customer');
    expect(caseReference('3f2a9c1d-0000-4000-8000-000000000000')).toBe('HB-3F2A9C1D');
  });
});

describe('thread keys', () => {
  it('normalizes reply and forward prefixes in English and German', () => {
    expect(normalizeSubject('AW: Re: WG: [HB-Support] Bestellung   4711 ')).toBe('bestellung 4711');
    expect(normalizeSubject('RE[2]: Fwd: Invoice 12')).toBe('invoice 12');
    expect(normalizeSubject('Re:')).toBe('');
  });

  it('keys participants by their outside addresses', () => {
    expect(participantsKey(['B@Example.com', 'orders@h-bu.de', 'a@example.com', 'b@example.com', 'x@mail.h-bu.de'], 'h-bu.de')).toBe('a@example.com,b@example.com');
    expect(participantsKey(Array.from({ length: 40 }, (_, i) => `person${i}@example.com`), 'h-bu.de')).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('looks up In-Reply-To first, then References from the newest', () => {
    expect(referencedIds('<c>', ['<a>', '<b>', '<c>'])).toEqual(['<c>', '<b>', '<a>']);
  });
});
