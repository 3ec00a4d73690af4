import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { OrderStatusActions } from './order-status-actions';

// Rendered outside the App Router: the refresh after a move is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

describe('OrderStatusActions', () => {
  it('keeps a focusable group with a polite status line whether or not the order can move on', () => {
    for (const next of [['CONFIRMED', 'CANCELLED'] as const, [] as const]) {
      const html = renderToStaticMarkup(createElement(OrderStatusActions, { orderId: 'o1', number: 'HB-2026-000001', next, cancelNotice: 'Its stock is returned.' }));
      expect(html).toMatch(/<div tabindex="-1" role="group" aria-label="Order status"/);
      expect(html).toContain('role="status" aria-live="polite"');
      expect(html).not.toMatch(/<button[^>]* disabled=""/);
    }
  });
});
