// Where the app links to a catalog view. In-app links go to the real routes: the client router keeps one prerendered
// /shop whatever its query, so a link to /shop?category=… would show the whole catalog again. /shop?… URLs stay valid
// for visitors who type or share them (next.config.mjs rewrites them to these routes).
export function catalogHref({ category, q = '', sort = 'name' }: { category?: string; q?: string; sort?: string } = {}): string {
  if (!q && sort === 'name') return category ? `/catalog/${category}` : '/shop';
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  if (q) params.set('q', q);
  if (sort !== 'name') params.set('sort', sort);
  return `/catalog?${params}`;
}
