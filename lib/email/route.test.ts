import { describe, expect, it } from 'vitest';
import { companyConfig } from '@/lib/config/company';
import { fixture } from '@/tests/fixtures/email';
import { classifyEmail, type CustomerRef } from './classify';
import { parseEmail } from './parse';
import { classifyInputOf } from './prepare';
import { compileRule, followMailbox, followThread, matchRule, routeEmail, type RouteFacts, type RouteUnit } from './route';
import { slaDueAt, slaState } from './sla';

// The rules and units exactly as config/company.yaml seeds them into the database.
const config = companyConfig();
const units = new Map<string, RouteUnit>(
  config.business_units.map((u) => [`unit-${u.key}`, { id: `unit-${u.key}`, key: u.key, name: u.name, email: u.email, slaMinutes: { URGENT: u.sla.urgent, HIGH: u.sla.high, NORMAL: u.sla.normal, LOW: u.sla.low } }]),
);
const rules = config.routing_rules.map((r, position) =>
  compileRule({ id: `rule-${position}`, key: r.key, name: r.name, businessUnitId: `unit-${r.unit}`, template: r.template ?? null, conditions: r.when }),
);
const support = units.get('unit-support')!;
const customersByDomain = new Map<string, CustomerRef>([['royal-motors.de', { id: 'c1', name: 'Royal Motors AG', isOem: true }]]);

async function routeFixture(name: string) {
  const p = await parseEmail(fixture(name));
  const c = classifyEmail(classifyInputOf(p), { customersByDomain });
  return routeEmail({ subject: p.subject, text: p.text, attachments: p.attachments.map((a) => a.filename), type: c.type, isOem: c.isOem, fromAddress: p.from?.address ?? null }, rules, units, support);
}

const facts = (over: Partial<RouteFacts>): RouteFacts => ({ subject: '', text: '', attachments: [], type: 'INQUIRY', isOem: false, fromAddress: 'a@example.com', ...over });

describe('routeEmail with the configured rules', () => {
  it.each([
    ['order-pdf.eml', 'orders', 'order_pdf', 'attachment order_12345.pdf matched order_pdf'],
    ['invoice-pdf.eml', 'finance', 'invoice_pdf', 'attachment invoice_2026_0815.pdf matched invoice_pdf'],
    ['supplier.eml', 'supplier', 'supplier_keywords', 'keyword "delivery note" in the subject matched supplier_keywords'],
    ['complaint-de.eml', 'quality', 'complaint_keywords', 'keyword "reklamation" in the subject matched complaint_keywords'],
    ['oem-request.eml', 'oem1', 'oem_customer', 'OEM sender matched oem_customer'],
    ['latin1-8bit.eml', 'support', 'fallback', 'fallback matches every email'],
  ])('%s goes to %s by %s', async (name, unit, rule, reason) => {
    const decision = await routeFixture(name);
    expect(decision.unit.key).toBe(unit);
    expect(decision.rule?.key).toBe(rule);
    expect(decision.reasons).toContain(reason);
  });

  it('lets the first matching rule win: an order PDF from an OEM customer goes to Orders', () => {
    const decision = routeEmail(facts({ attachments: ['Bestellung-77.PDF'], isOem: true }), rules, units, support);
    expect(decision.rule?.key).toBe('order_pdf');
  });

  it('matches keywords as whole words only', () => {
    expect(routeEmail(facts({ text: 'We build brokenly-named widgets?' }), rules, units, support).rule?.key).toBe('fallback');
    expect(routeEmail(facts({ text: 'The buttons arrived broken.' }), rules, units, support).rule?.key).toBe('complaint_keywords');
  });
});

describe('rule conditions', () => {
  const rule = (when: unknown) => compileRule({ id: 'r', key: 'custom', name: 'Custom', businessUnitId: 'unit-orders', template: null, conditions: when });

  it('requires every condition given', () => {
    const r = rule({ types: ['expedite'], from_domain: 'royal-motors.de' });
    expect(matchRule(r, facts({ type: 'EXPEDITE', fromAddress: 'x@royal-motors.de' }))).toEqual(['type expedite matched custom', 'sender domain royal-motors.de matched custom']);
    expect(matchRule(r, facts({ type: 'EXPEDITE', fromAddress: 'x@example.com' }))).toBeNull();
    expect(matchRule(r, facts({ type: 'ORDER', fromAddress: 'x@royal-motors.de' }))).toBeNull();
  });

  it('never matches with conditions that do not validate, and says why', () => {
    const broken = rule({ attachment: '([unclosed' });
    expect(broken.invalid).toMatch(/attachment/);
    expect(matchRule(broken, facts({ attachments: ['x.pdf'] }))).toBeNull();
    expect(rule({ colour: 'red' }).invalid).toBeTruthy();
  });

  it('falls back to the given unit when no rule matches', () => {
    const decision = routeEmail(facts({}), [rule({ oem: true })], units, support);
    expect(decision).toMatchObject({ rule: null, unit: { key: 'support' } });
  });
});

describe('followMailbox: what only the catch-all took goes to the unit written to', () => {
  it('takes it to the first unit mailbox among the recipients, keeping the catch-all\'s reply', () => {
    const decision = followMailbox(routeEmail(facts({ subject: 'Bestellung 4711', type: 'ORDER' }), rules, units, support), ['someone@else.example', 'Orders@H-BU.de', 'finance@h-bu.de'], units);
    expect(decision).toMatchObject({ rule: null, unit: { key: 'orders' }, template: 'generic_ack', catchAll: true });
    expect(decision.reasons).toEqual(['addressed to orders@h-bu.de, the Orders mailbox', 'only the catch-all rule fallback matched']);
  });

  it('leaves a rule with conditions, and mail to no unit mailbox, as they were', () => {
    const complaint = routeEmail(facts({ text: 'The buttons arrived broken.' }), rules, units, support);
    expect(followMailbox(complaint, ['orders@h-bu.de'], units)).toBe(complaint);
    const other = routeEmail(facts({}), rules, units, support);
    expect(followMailbox(other, ['info@h-bu.de'], units)).toBe(other);
  });

  it('sends expedites to Orders by their rule, wherever they were sent', () => {
    expect(routeEmail(facts({ type: 'EXPEDITE' }), rules, units, support)).toMatchObject({ rule: { key: 'expedite_mail' }, unit: { key: 'orders' }, template: 'expedite_ack' });
  });
});

describe('followThread: a reply joins the unit handling its thread', () => {
  const orders = units.get('unit-orders')!;

  it('takes a reply only the catch-all matched to the thread\'s unit, keeping the catch-all\'s reply', () => {
    const decision = followThread(routeEmail(facts({ subject: 'AW: Bestellung 1036' }), rules, units, support), orders);
    expect(decision).toMatchObject({ rule: null, unit: { key: 'orders' }, template: 'generic_ack', catchAll: false });
    expect(decision.reasons).toEqual(['reply in a thread handled by Orders', 'only the catch-all rule fallback matched']);
  });

  it('takes a reply no rule matched to the thread\'s unit', () => {
    const decision = followThread(routeEmail(facts({}), [], units, support), orders);
    expect(decision).toMatchObject({ rule: null, unit: { key: 'orders' }, template: null, reasons: ['reply in a thread handled by Orders', 'no rule matched'] });
  });

  it('lets a rule with conditions win over the thread', () => {
    const complaint = routeEmail(facts({ subject: 'AW: Bestellung 1036', text: 'Die Knöpfe sind defekt.' }), rules, units, support);
    expect(followThread(complaint, orders)).toBe(complaint);
    expect(complaint).toMatchObject({ rule: { key: 'complaint_keywords' }, catchAll: false });
  });

  it('changes nothing in a thread the catch-all\'s unit handles', () => {
    const decision = routeEmail(facts({}), rules, units, support);
    expect(followThread(decision, support)).toBe(decision);
  });
});

describe('SLA', () => {
  const received = new Date('2026-11-24T10:00:00Z');
  it('is due after the unit SLA minutes for the priority', () => {
    const orders = units.get('unit-orders')!;
    expect(slaDueAt(received, orders.slaMinutes.URGENT).toISOString()).toBe('2026-11-24T10:30:00.000Z');
    expect(slaDueAt(received, orders.slaMinutes.NORMAL).toISOString()).toBe('2026-11-24T14:00:00.000Z');
  });

  it('is ok, at risk in its last hour, breached when overdue or answered late', () => {
    const task = { slaDueAt: new Date('2026-11-24T14:00:00Z'), firstResponseAt: null, closedAt: null };
    expect(slaState(task, new Date('2026-11-24T12:00:00Z'))).toBe('ok');
    expect(slaState(task, new Date('2026-11-24T13:30:00Z'))).toBe('at_risk');
    expect(slaState(task, new Date('2026-11-24T14:01:00Z'))).toBe('breached');
    expect(slaState({ ...task, firstResponseAt: new Date('2026-11-24T13:59:00Z') }, new Date('2026-11-25T00:00:00Z'))).toBe('ok');
    expect(slaState({ ...task, closedAt: new Date('2026-11-24T15:00:00Z') }, new Date('2026-11-25T00:00:00Z'))).toBe('breached');
  });
});
