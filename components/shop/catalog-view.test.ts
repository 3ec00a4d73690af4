import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@/lib/shop/catalog';
import { catalogProduct } from '@/tests/catalog-fixtures';
import { CatalogView } from './catalog-view';

const product = (sku: string, name: string) => catalogProduct({ sku, slug: sku.toLowerCase(), name });

const catalog: Catalog = {
  categories: [{ id: 'c1', slug: 'standard', name: 'Standard Line', description: 'Everyday buttons', productCount: 2 }],
  products: [product('HB-STD-001', 'Classic Shirt Buttons'), product('HB-STD-002', 'Pearl Blouse Buttons')],
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('CatalogView', () => {
  it('treats a search of only spaces as no search', () => {
    const html = renderToStaticMarkup(createElement(CatalogView, { catalog, q: '   ' }));
    expect(text(html)).toContain('2 products');
    expect(text(html)).not.toContain('matching');
    expect(html).toContain('href="/catalog/standard"');
    expect(html).not.toMatch(/value="\s+"/);
  });

  it('shows a search by its words, without the spaces around them', () => {
    const html = renderToStaticMarkup(createElement(CatalogView, { catalog, q: '  pearl   blouse ' }));
    expect(text(html)).toContain('1 product matching “pearl blouse”');
    expect(html).toContain('href="/catalog?category=standard&amp;q=pearl+blouse"');
  });
});
