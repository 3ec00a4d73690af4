import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { fieldMessages, RemoveMember, SlaEditor, UnitAdmin } from './team-admin';

// Rendered outside the App Router: the refresh after a change is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

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
});
