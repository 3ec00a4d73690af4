import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render-template';

describe('renderTemplate', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(renderTemplate('Dear {{customer_name}}, order {{ reference }} {{nope}}', { customer_name: 'Ada', reference: 'HB-2026-000001' })).toBe(
      'Dear Ada, order HB-2026-000001 {{nope}}',
    );
  });
});
