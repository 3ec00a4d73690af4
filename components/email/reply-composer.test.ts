import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReplyComposer } from './reply-composer';

describe('ReplyComposer', () => {
  it('offers no reply box for an email without a sender address, and says why', () => {
    const html = renderToStaticMarkup(createElement(ReplyComposer, { taskId: 't1', to: '' }));
    expect(html).not.toContain('<textarea');
    expect(html).toContain('this email has no sender address to reply to');
  });
});
