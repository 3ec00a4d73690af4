import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateUpdates } from '@/tests/state-updates';
import { submitForm } from '@/tests/submittable-forms';
import { ProductEditorRow } from './product-editor';

// Rendered outside the App Router: the refresh after a save is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

// No browser to type in: the price field starts at 13.50, standing for the admin having typed it over 12.00.
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  const typed = ((initial: unknown) => real.useState(initial === '12.00' ? '13.50' : initial)) as typeof real.useState;
  return { ...real, useState: recordingUseState(typed) };
});

vi.mock('react/jsx-dev-runtime', () => import('@/tests/submittable-forms').then((m) => m.submittableForms()));

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

const product = { id: 'p1', sku: 'HB-EDITOR-1', name: 'Royal button', image: '/b.png', category: 'Metal', priceCents: 1200, stock: 40, featured: false, active: true };

async function saveAgainst(answer: Response) {
  const send = vi.fn<typeof fetch>(async () => answer);
  vi.stubGlobal('fetch', send);
  renderToStaticMarkup(createElement('table', null, createElement('tbody', null, createElement(ProductEditorRow, { product }))));
  await submitForm();
  return send;
}
const busyUpdates = () => stateUpdates.filter((u) => typeof u === 'boolean');

describe('ProductEditorRow', () => {
  it('sends only the changed price', async () => {
    const send = await saveAgainst(Response.json({ id: 'p1' }));
    expect(JSON.parse(String(send.mock.calls[0][1]?.body))).toEqual({ priceCents: 1350 });
  });

  it('names the failure when the answer is not JSON (an HTML 502 from a proxy, an empty 405) and frees the button', async () => {
    await saveAgainst(new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(stateUpdates).toContain('The server answered 502.');
    expect(busyUpdates()).toEqual([true, false]);
    stateUpdates.length = 0;
    await saveAgainst(new Response(null, { status: 405 }));
    expect(stateUpdates).toContain('The server answered 405.');
    expect(busyUpdates()).toEqual([true, false]);
  });
});
