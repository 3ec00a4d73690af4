import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OrderWithItems } from '@/lib/shop/order-queries';
import { OrderResults } from './order-results';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const href = (page: number) => `/orders?status=PLACED&page=${page}`;
const order = { id: 'o1', number: 'HB-2026-000007', status: 'PLACED', source: 'api', email: 'ops@royal-motors.de', contactName: 'Rita', company: 'Royal Motors AG', totalCents: 1_000, placedAt: new Date('2026-11-27T07:00:00Z'), items: [] } as unknown as OrderWithItems;
const render = (props: Partial<Parameters<typeof OrderResults>[0]>) => renderToStaticMarkup(createElement(OrderResults, { orders: [], total: 0, page: 1, pages: 1, href, ...props }));

describe('OrderResults', () => {
  it('says a page past the end is past the end and links to the last page', () => {
    const html = render({ total: 30, page: 999, pages: 2 });
    expect(text(html)).toContain('Page 999 is past the last page (2)');
    expect(html).toContain('href="/orders?status=PLACED&amp;page=2"');
    expect(text(html)).not.toContain('No orders match');
  });

  it('says nothing matches only when nothing does', () => {
    expect(text(render({}))).toContain('No orders match');
  });

  it('names the source as the filter does ("API", not "Api")', () => {
    const html = render({ orders: [order], total: 1 });
    expect(text(html)).toContain(' API ');
    expect(html).not.toContain('capitalize');
  });
});
