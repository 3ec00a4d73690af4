import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartLine } from '@/lib/shop/cart-store';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import type { BillingStep, ContactStep } from '@/lib/shop/checkout-schema';
import { pressed } from '@/tests/pressable-buttons';
import { stateUpdates } from '@/tests/state-updates';
import { CheckoutFlow } from './checkout-flow';

// Hoisted: the mocks below hand these to the component.
const { contact, billing, lines } = vi.hoisted(() => {
  const contact: ContactStep = {
    email: 'rita@royal-motors.de',
    contactName: 'Rita Royal',
    company: 'Royal Motors AG',
    shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
  };
  const billing: BillingStep = { billingTo: 'shipping', paymentMethod: 'PREPAYMENT' };
  const lines: CartLine[] = [{ sku: 'HB-CHECKOUT-1', slug: 'royal-button', name: 'Royal button', image: '/b.png', priceCents: 120, stock: 50, quantity: 10 }];
  return { contact, billing, lines };
});
const profile: CheckoutProfile = { signedIn: false, businessCustomer: false, email: '', contactName: '', company: '', recordedVatId: '' };

// Rendered outside the App Router, at the review step of a buyer whose contact and billing steps are done.
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }), useSearchParams: () => new URLSearchParams('step=review') }));
vi.mock('./checkout-draft', async (importOriginal) => ({ ...(await importOriginal<typeof import('./checkout-draft')>()), loadCheckoutDraft: () => ({ contact, billing, typed: {} }) }));
// The server render sees the cart store's empty initial state; this stands for the hydrated cart.
vi.mock('@/lib/shop/cart-store', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/shop/cart-store')>();
  const state = { lines, clear: () => {}, refresh: () => {} };
  return { ...real, useCartHydrated: () => true, useCart: (select: (s: typeof state) => unknown) => select(state) };
});

vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState) };
});

// Handlers are called by the button's name (no browser to click in).
vi.mock('@/components/ui/button', () => import('@/tests/pressable-buttons').then((m) => m.pressableButtons()));

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

const placeOrder = () => {
  renderToStaticMarkup(createElement(CheckoutFlow, { profile }));
  return pressed.get('Place order')!;
};
const placingUpdates = () => stateUpdates.filter((u) => typeof u === 'boolean');

describe('CheckoutFlow', () => {
  it('names the failure when the answer is not JSON, frees the button, and retries with the same idempotency key', async () => {
    const answers = [new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }), new Response(null, { status: 405 })];
    const send = vi.fn<typeof fetch>(async () => answers.shift()!);
    vi.stubGlobal('fetch', send);
    const place = placeOrder();
    for (const status of [502, 405]) {
      await place();
      expect(stateUpdates).toContain(`The server answered ${status}.`);
      expect(placingUpdates()).toEqual([true, false]);
      stateUpdates.length = 0;
    }
    const keys = send.mock.calls.map(([, init]) => new Headers(init?.headers).get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('says a retry is safe when the shop could not be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await placeOrder()();
    expect(stateUpdates).toContain('We could not reach our shop. Please check your connection and try again — you will not be charged twice.');
    expect(placingUpdates()).toEqual([true, false]);
  });
});
