import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pressed } from '@/tests/pressable-buttons';
import { stateUpdates } from '@/tests/state-updates';
import { OrderStatusActions } from './order-status-actions';

// Rendered outside the App Router: the refresh after a move is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

// The server renders no pending transition; this stands for the refresh after a move that has not landed yet.
const refresh = vi.hoisted(() => ({ pending: false }));
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState), useTransition: () => (refresh.pending ? [true, () => {}] : real.useTransition()) };
});

// Handlers are called by the button's name (no browser to click in).
vi.mock('@/components/ui/button', () => import('@/tests/pressable-buttons').then((m) => m.pressableButtons()));

afterEach(() => {
  refresh.pending = false;
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

const render = (next: readonly ('CONFIRMED' | 'CANCELLED')[]) =>
  renderToStaticMarkup(createElement(OrderStatusActions, { orderId: 'o1', number: 'HB-2026-000001', next, cancelNotice: 'Its stock is returned.' }));

describe('OrderStatusActions', () => {
  it('keeps a focusable group with a polite status line whether or not the order can move on', () => {
    for (const next of [['CONFIRMED', 'CANCELLED'] as const, [] as const]) {
      const html = render(next);
      expect(html).toMatch(/<div tabindex="-1" role="group" aria-label="Order status"/);
      expect(html).toContain('role="status" aria-live="polite"');
      expect(html).not.toMatch(/<button[^>]* disabled=""/);
    }
  });

  it('offers its steps until a move is made, and marks them unavailable (still focusable) until the refresh lands', async () => {
    expect(render(['CONFIRMED', 'CANCELLED'])).not.toContain('aria-disabled="true"');
    refresh.pending = true;
    const html = render(['CONFIRMED', 'CANCELLED']);
    expect(html).toContain('aria-busy="true"');
    expect(html.match(/<button[^>]*aria-disabled="true"/g)).toHaveLength(2);
    expect(html).not.toMatch(/<button[^>]* disabled=""/);

    // A second press meanwhile sends nothing (it would only be refused with 409).
    const send = vi.fn(async () => Response.json({}));
    vi.stubGlobal('fetch', send);
    await pressed.get('Confirm')!();
    expect(send).not.toHaveBeenCalled();
  });

  it('names the failure when the answer is not JSON (an HTML 502 from a proxy, an empty 405)', async () => {
    const answers = [new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }), new Response(null, { status: 405 })];
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift()));
    for (const status of [502, 405]) {
      render(['CONFIRMED', 'CANCELLED']);
      await pressed.get('Confirm')!();
      expect(stateUpdates).toContain(`The server answered ${status}.`);
      expect(stateUpdates).not.toContain('Order HB-2026-000001 confirmed.');
      stateUpdates.length = 0;
    }
  });
});
