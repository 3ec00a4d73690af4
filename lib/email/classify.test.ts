import { describe, expect, it } from 'vitest';
import { fixture } from '@/tests/fixtures/email';
import { classifyEmail, domainCandidates, type ClassifyInput, type CustomerRef } from './classify';
import { parseEmail } from './parse';
import { classifyInputOf } from './prepare';

const customersByDomain = new Map<string, CustomerRef>([
  ['royal-motors.de', { id: 'c-royal', name: 'Royal Motors AG', isOem: true }],
  ['schneiderei-mueller.de', { id: 'c-mueller', name: 'Schneiderei Müller', isOem: false }],
  ['fashionhouse-berlin.de', { id: 'c-fashion', name: 'Fashion House Berlin', isOem: false }],
]);

async function classifyFixture(name: string) {
  const p = await parseEmail(fixture(name));
  return classifyEmail(classifyInputOf(p), { customersByDomain });
}

const input = (over: Partial<ClassifyInput>): ClassifyInput => ({
  fromAddress: 'someone@example.com',
  subject: '',
  text: '',
  headers: {},
  attachments: [],
  isDeliveryReport: false,
  ...over,
});
const classify = (over: Partial<ClassifyInput>) => classifyEmail(input(over), { customersByDomain });

describe('classifyEmail over the fixtures', () => {
  it.each([
    ['order-pdf.eml', 'ORDER', 'NORMAL', 'de'],
    ['invoice-pdf.eml', 'INVOICE', 'NORMAL', 'en'],
    ['complaint-de.eml', 'COMPLAINT', 'NORMAL', 'de'],
    ['supplier.eml', 'SUPPLIER', 'NORMAL', 'en'],
    ['expedite.eml', 'EXPEDITE', 'URGENT', 'en'],
    ['oem-request.eml', 'INQUIRY', 'NORMAL', 'en'],
    ['latin1-8bit.eml', 'INQUIRY', 'NORMAL', 'de'],
    ['auto-reply.eml', 'AUTO_REPLY', 'LOW', 'de'],
    ['bulk-newsletter.eml', 'SPAM', 'LOW', 'en'],
    ['dsn.eml', 'BOUNCE', 'LOW', 'en'],
  ])('%s is %s, %s, %s', async (name, type, priority, language) => {
    expect(await classifyFixture(name)).toMatchObject({ type, priority, language });
  });

  it('explains each decision', async () => {
    const order = await classifyFixture('order-pdf.eml');
    expect(order.reasons.type).toContain('attachment order_12345.pdf looks like order');
    expect(order.reasons.type).toContain('subject mentions "bestellung"');
    expect(order.reasons.oem).toEqual(['sender domain fashionhouse-berlin.de belongs to Fashion House Berlin']);
    expect((await classifyFixture('expedite.eml')).reasons.priority).toEqual(['subject says "urgent"']);
    expect((await classifyFixture('complaint-de.eml')).reasons.type).toEqual(expect.arrayContaining(['subject mentions "reklamation"', 'text mentions "mangelhaft"']));
    expect((await classifyFixture('auto-reply.eml')).reasons.type).toEqual(['Auto-Submitted: auto-replied']);
  });

  it('recognises OEM customers by the sender domain from the database', async () => {
    const oem = await classifyFixture('oem-request.eml');
    expect(oem).toMatchObject({ isOem: true, customer: { id: 'c-royal' } });
    expect(oem.reasons.oem).toEqual(['sender domain royal-motors.de belongs to Royal Motors AG (OEM customer)']);
    const known = await classifyFixture('complaint-de.eml');
    expect(known).toMatchObject({ isOem: false, customer: { name: 'Schneiderei Müller' } });
    expect((await classifyFixture('supplier.eml')).customer).toBeNull();
  });
});

describe('classifyEmail rules', () => {
  it('maps priority headers', () => {
    expect(classify({ headers: { 'x-priority': '1 (Highest)' } })).toMatchObject({ priority: 'HIGH', reasons: { priority: ['X-Priority: 1 (Highest)'] } });
    expect(classify({ headers: { importance: 'high' } }).priority).toBe('HIGH');
    expect(classify({ headers: { priority: 'urgent' } }).priority).toBe('URGENT');
    expect(classify({ headers: { 'x-priority': '5 (Lowest)' } }).priority).toBe('LOW');
    expect(classify({ headers: { importance: 'low' } }).priority).toBe('LOW');
  });

  it('reads urgency from English and German words; a high header plus urgent words is urgent', () => {
    expect(classify({ subject: 'Dringend: Bandstillstand' }).priority).toBe('URGENT');
    expect(classify({ text: 'Please reply asap.' }).priority).toBe('HIGH');
    expect(classify({ text: 'Bitte sofort melden.', headers: { importance: 'high' } }).priority).toBe('URGENT');
    expect(classify({ text: 'No rush, whenever convenient.' }).priority).toBe('LOW');
  });

  it('does not take idioms for orders or invoices', () => {
    expect(classify({ text: 'In order to plan our season, what are your prices?' }).type).toBe('INQUIRY');
    expect(classify({ subject: 'Custom buttons?', text: 'What is the minimum order quantity and what are your payment terms?' }).type).toBe('INQUIRY');
  });

  it('reads urgency about a delivery as an expedite, unless a new purchase order is attached', () => {
    const asap = classify({ subject: 'Need HB-STD-003 asap', text: 'Can you ship 500 asap? Today\'s courier would be ideal.' });
    expect(asap.type).toBe('EXPEDITE');
    expect(asap.reasons.type).toEqual(['asks for "asap" about a delivery ("ship"), with no new purchase order attached']);
    expect(classify({ subject: 'Re: Purchase order 50528', text: 'Could you rush this one, please? We need it asap.' }).type).toBe('EXPEDITE');
    expect(classify({ subject: 'Dringend: Liefertermin Bestellung 2922', text: 'Wir benötigen die Ware dringend.' }).type).toBe('EXPEDITE');
    expect(classify({ subject: 'Urgent purchase order 4711', text: 'Please deliver asap.', attachments: [{ filename: 'order_4711.pdf' }] }).type).toBe('ORDER');
    expect(classify({ subject: 'Urgent question', text: 'Which colours do you offer?' }).type).toBe('INQUIRY');
  });

  it('recognises spam and phishing by its phrases and its archive or program attachments', () => {
    expect(classify({ subject: 'Rank #1 on Google', text: 'Our SEO package works or your money back.' }).type).toBe('SPAM');
    expect(classify({ subject: 'Overdue payment notice #90335', text: 'Settle the outstanding amount today to avoid legal action.', attachments: [{ filename: 'Payment_Details.zip' }] }).type).toBe('SPAM');
    expect(classify({ subject: 'Ihr Konto wurde vorübergehend gesperrt', text: 'Bitte bestätigen Sie Ihre Daten.' }).type).toBe('SPAM');
    expect(classify({ subject: 'Invoice 2026-118', text: 'Please find our invoice attached.', attachments: [{ filename: 'invoice_2026-118.zip' }] }).type).toBe('INVOICE');
  });

  it('never files a known customer as spam by its words or attachments: a person decides', () => {
    const files = { subject: 'Files for you', text: 'See the attachments.', attachments: [{ filename: 'a.pdf' }, { filename: 'x.exe' }] };
    expect(classify(files).type).toBe('SPAM');
    const fromCustomer = classify({ ...files, fromAddress: 'qa@royal-motors.de' });
    expect(fromCustomer.type).toBe('INQUIRY');
    expect(fromCustomer.reasons.type).toEqual(['looks like spam (attachment x.exe is an archive, web page or program, as phishing sends them), but Royal Motors AG is a customer: a person decides']);
    const invoice = { subject: 'Invoice', text: 'Verify your account, then enter your password.', attachments: [{ filename: 'x.exe' }] };
    expect(classify(invoice).type).toBe('SPAM');
    expect(classify({ ...invoice, fromAddress: 'buchhaltung@royal-motors.de' }).type).toBe('INVOICE');
    expect(classify({ fromAddress: 'qa@royal-motors.de', headers: { 'x-spam-flag': 'YES' }, subject: 'Order now' }).type).toBe('SPAM');
  });

  it('prefers the more specific phrase and breaks ties by business precedence', () => {
    expect(classify({ subject: 'Order confirmation 4711' }).type).toBe('SUPPLIER');
    expect(classify({ subject: 'Please expedite our order' }).type).toBe('EXPEDITE');
    expect(classify({ subject: 'Eilauftrag', text: 'Bitte schnellstmöglich liefern.' }).type).toBe('EXPEDITE');
  });

  it('tells automatic mail apart: auto-generated notices, bounces from daemons, spam flags', () => {
    expect(classify({ headers: { 'auto-submitted': 'auto-generated' }, subject: 'Your ticket was created' }).type).toBe('AUTO_REPLY');
    expect(classify({ headers: { 'auto-submitted': 'auto-generated' }, subject: 'Purchase order 4711', attachments: [{ filename: 'order_4711.pdf' }] }).type).toBe('ORDER');
    expect(classify({ fromAddress: 'MAILER-DAEMON@mx.example.com', subject: 'Delivery Status Notification (Failure)' }).type).toBe('BOUNCE');
    expect(classify({ headers: { 'x-spam-flag': 'YES' }, subject: 'Order now' }).type).toBe('SPAM');
    expect(classify({ subject: 'Abwesenheitsnotiz: Re: Angebot' }).type).toBe('AUTO_REPLY');
  });

  it('matches customer subdomains', () => {
    expect(domainCandidates('a@einkauf.royal-motors.de')).toEqual(['einkauf.royal-motors.de', 'royal-motors.de']);
    expect(classify({ fromAddress: 'a@einkauf.royal-motors.de' }).isOem).toBe(true);
  });
});
