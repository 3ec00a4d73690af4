import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateUpdates } from '@/tests/state-updates';
import { DraftAddressForm } from './draft-address-form';

// Rendered outside the App Router: the refresh after a save is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState) };
});

// No browser to submit in: the form's save is kept as handed to handleSubmit and called with valid values.
const form = vi.hoisted(() => ({ save: null as ((values: unknown) => Promise<void>) | null }));
vi.mock('react-hook-form', async (importOriginal) => {
  const real = await importOriginal<typeof import('react-hook-form')>();
  return {
    ...real,
    useForm: ((options) => {
      const methods = real.useForm(options);
      const handleSubmit: typeof methods.handleSubmit = (save, onInvalid) => {
        form.save = save as (values: unknown) => Promise<void>;
        return methods.handleSubmit(save, onInvalid);
      };
      return { ...methods, handleSubmit };
    }) as typeof real.useForm,
  };
});

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

const address = { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' };

async function saveAgainst(answer: Response) {
  vi.stubGlobal('fetch', vi.fn(async () => answer));
  renderToStaticMarkup(createElement(DraftAddressForm, { orderId: 'o1', shippingAddress: address, billingAddress: address }));
  await form.save!({ shippingAddress: address, billingTo: 'shipping', billingAddress: address });
}

describe('DraftAddressForm', () => {
  it("shows the server's reason when the addresses are refused", async () => {
    await saveAgainst(Response.json({ detail: 'Only a draft order can change its addresses.' }, { status: 409 }));
    expect(stateUpdates).toContain('Only a draft order can change its addresses.');
  });

  it('names the failure when the answer is not JSON (an HTML 502 from a proxy, an empty 405)', async () => {
    await saveAgainst(new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(stateUpdates).toContain('The server answered 502.');
    stateUpdates.length = 0;
    await saveAgainst(new Response(null, { status: 405 }));
    expect(stateUpdates).toContain('The server answered 405.');
    expect(stateUpdates).not.toContain('Addresses saved.');
  });
});
