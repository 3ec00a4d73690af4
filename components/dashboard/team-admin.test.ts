import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pressed } from '@/tests/pressable-buttons';
import { fieldMessages, RemoveMember, SlaEditor, UnitAdmin } from './team-admin';

// Rendered outside the App Router: the refresh after a change is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

// Handlers are called by the button's name (no browser to click in).
vi.mock('@/components/ui/button', () => import('@/tests/pressable-buttons').then((m) => m.pressableButtons()));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('team admin', () => {
  it('places each SLA error at its own field, in words, without the request path', () => {
    const errors = [
      { field: 'body.sla.urgent', message: 'must not be longer than High (120 min)' },
      { field: 'body.sla.high', message: 'must not be shorter than Urgent (600 min)' },
      { field: 'body.sla.high', message: 'must not be longer than Normal (60 min)' },
      { field: 'body.other', message: 'elsewhere' },
    ];
    expect(fieldMessages(errors, 'body.sla.')).toEqual({
      urgent: 'must not be longer than High (120 min)',
      high: 'must not be shorter than Urgent (600 min); must not be longer than Normal (60 min)',
    });
  });

  it('keeps its buttons focusable and gives the unit a polite status line and a place for focus to land', () => {
    const html = renderToStaticMarkup(
      createElement(
        UnitAdmin,
        { unit: 'support', name: 'Customer Service' },
        createElement(RemoveMember, { unit: 'support', userId: 'u1', name: 'Arthur Agent' }),
        createElement(SlaEditor, { unit: 'support', sla: { urgent: 60, high: 240, normal: 480, low: 1440 } }),
      ),
    );
    expect(html).toMatch(/<div tabindex="-1" role="group" aria-labelledby="team-support"/);
    expect(html).toContain('role="status" aria-live="polite"');
    expect(html).not.toMatch(/<button[^>]* disabled=""/);
  });

  it('asks before removing a member, and removes nobody when the admin says no', async () => {
    // The server's answer is a refusal, so no refresh follows (there is no router here).
    const send = vi.fn(async () => Response.json({ detail: 'That member of this unit was not found.' }, { status: 404 }));
    const answers = [false, true];
    const ask = vi.fn(() => answers.shift());
    vi.stubGlobal('fetch', send);
    vi.stubGlobal('confirm', ask);
    renderToStaticMarkup(createElement(UnitAdmin, { unit: 'support', name: 'Customer Service' }, createElement(RemoveMember, { unit: 'support', userId: 'u1', name: 'Arthur Agent' })));
    const remove = pressed.get('Remove Arthur Agent from the unit')!;

    await remove();
    expect(ask).toHaveBeenCalledWith('Remove Arthur Agent from Customer Service? Tasks already assigned to them stay theirs.');
    expect(send).not.toHaveBeenCalled();

    await remove();
    expect(send).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith('/api/teams/support/members/u1', expect.objectContaining({ method: 'DELETE' }));
  });
});
