import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateUpdates } from '@/tests/state-updates';
import { NotificationBell } from './notification-bell';

// A server render runs no effects: here the feed is read as the bell renders, as it would after mounting.
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState), useEffect: (effect: () => void) => void effect() };
});
// No realtime server in this test: the bell's live updates are not what it checks.
vi.mock('@/components/realtime/use-channel-event', () => ({ useChannelEvent: () => {} }));

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

describe('NotificationBell', () => {
  it('says why the feed could not be read when the answer is not JSON (a proxy’s 502, a sign-in page)', async () => {
    for (const status of [502, 200]) {
      vi.stubGlobal('fetch', vi.fn(async () => new Response('<html><body>Bad Gateway</body></html>', { status, headers: { 'content-type': 'text/html' } })));
      renderToStaticMarkup(createElement(NotificationBell, { userId: 'u-bell' }));
      await vi.waitFor(() => expect(stateUpdates).toContain(`Notifications could not be loaded. The server answered ${status}.`));
      expect(stateUpdates.filter((u) => typeof u === 'object')).toEqual([]); // the feed shown stays as it was
      stateUpdates.length = 0;
    }
  });

  it('shows the feed and clears an earlier problem once the answer is good', async () => {
    const feed = { unread: 1, items: [] };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(feed)));
    renderToStaticMarkup(createElement(NotificationBell, { userId: 'u-bell' }));
    await vi.waitFor(() => expect(stateUpdates).toEqual([feed, null]));
  });
});
