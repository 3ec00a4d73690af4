import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BillingStep, ContactStep } from '@/lib/shop/checkout-schema';
import { CHECKOUT_DRAFT_KEY, clearCheckoutDraft, loadCheckoutDraft, parseDraft, reachableStep, saveFinishedStep, typedFields, withTyped } from './checkout-draft';

const contact: ContactStep = {
  email: 'rita@royal-motors.de',
  contactName: 'Rita Röyal',
  company: '',
  shippingAddress: { line1: 'Bahnhofstrasse 1', line2: '', postalCode: '8001', city: 'Zürich', country: 'CH' },
};
const billing: BillingStep = { billingTo: 'shipping', billingAddress: {}, paymentMethod: 'PREPAYMENT', vatId: '' };
const guest = { businessCustomer: false };

/** A tab's sessionStorage. */
function tab() {
  const items = new Map<string, string>();
  const sessionStorage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  vi.stubGlobal('window', { sessionStorage });
  return items;
}
afterEach(() => vi.unstubAllGlobals());

describe('reachableStep', () => {
  it('opens the step in the URL when the steps before it are done', () => {
    expect(reachableStep('billing', { contact: true, billing: false })).toBe('billing');
    expect(reachableStep('contact', { contact: true, billing: true })).toBe('contact');
    expect(reachableStep('review', { contact: true, billing: true })).toBe('review');
  });

  it('falls back to the first step still to fill in for a step out of reach or an unknown one', () => {
    expect(reachableStep('review', { contact: true, billing: false })).toBe('billing');
    expect(reachableStep('billing', { contact: false, billing: false })).toBe('contact');
    expect(reachableStep('payment', { contact: true, billing: false })).toBe('billing');
    expect(reachableStep('', { contact: true, billing: true })).toBe('review');
  });

  it('opens /checkout without a step at the first step, where Back from billing leads', () => {
    expect(reachableStep(null, { contact: true, billing: true })).toBe('contact');
  });
});

describe('parseDraft', () => {
  it('keeps finished steps that still pass their schema and drops the rest', () => {
    const json = JSON.stringify({ contact, billing: { ...billing, paymentMethod: 'CASH' }, typed: { contact: { city: 'Zü' } } });
    expect(parseDraft(json, guest)).toEqual({ contact, billing: null, typed: { contact: { city: 'Zü' } } });
  });

  it('forgets pay on invoice once it is no longer open to the buyer', () => {
    const json = JSON.stringify({ contact, billing: { ...billing, paymentMethod: 'INVOICE' }, typed: { billing: { paymentMethod: 'INVOICE', vatId: 'DE1' } } });
    expect(parseDraft(json, { businessCustomer: true }).billing?.paymentMethod).toBe('INVOICE');
    const signedOut = parseDraft(json, guest);
    expect(signedOut.billing).toBeNull();
    expect(signedOut.typed.billing).toEqual({ paymentMethod: undefined, vatId: 'DE1' });
  });

  it('starts empty from nothing, broken JSON or another shape', () => {
    for (const json of [null, '{', '42', 'null', '[]']) expect(parseDraft(json, guest)).toMatchObject({ contact: null, billing: null });
  });
});

describe('withTyped', () => {
  it("puts typed text over the form's defaults, field by field, and ignores fields the form does not have", () => {
    const defaults = { email: 'a@b.de', company: '', shippingAddress: { line1: '', country: 'DE' } };
    const typed = { company: 'Müller', shippingAddress: { line1: 'Hauptstr. 5', country: 7 }, password: 'x', email: null };
    expect(withTyped(defaults, typed)).toEqual({ email: 'a@b.de', company: 'Müller', shippingAddress: { line1: 'Hauptstr. 5', country: 'DE' } });
    expect(withTyped(defaults, 'garbage')).toBe(defaults);
  });
});

describe('the draft in this tab', () => {
  it('keeps finished steps and typed fields across a reload, and is gone once the order is placed', () => {
    const items = tab();
    saveFinishedStep({ contact });
    saveFinishedStep({ billing });
    expect(loadCheckoutDraft(guest)).toMatchObject({ contact, billing });
    items.set(CHECKOUT_DRAFT_KEY, JSON.stringify({ ...JSON.parse(items.get(CHECKOUT_DRAFT_KEY)!), typed: { contact: { contactName: 'Rita R' } } }));
    expect(typedFields('contact', contact, guest)).toEqual({ ...contact, contactName: 'Rita R' });
    clearCheckoutDraft();
    expect(items.has(CHECKOUT_DRAFT_KEY)).toBe(false);
    expect(loadCheckoutDraft(guest)).toEqual({ contact: null, billing: null, typed: {} });
  });

  it('still works, forgetting on reload, where the browser refuses storage', () => {
    vi.stubGlobal('window', {
      get sessionStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => saveFinishedStep({ contact })).not.toThrow();
    expect(loadCheckoutDraft(guest).contact).toBeNull();
  });
});
