/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole repo (app, scripts, benches) once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'mailparser', 'nodemailer', 'sanitize-html', 'pg', 'unpdf', 'piscina'],
  // /shop and /shop?category=<slug> are prerendered pages; searches and sorts render per request (app/(shop)/catalog).
  async rewrites() {
    const query = (key) => ({ type: 'query', key });
    return {
      beforeFiles: [
        { source: '/shop', has: [query('q')], destination: '/catalog' },
        { source: '/shop', has: [query('sort')], destination: '/catalog' },
        { source: '/shop', has: [{ ...query('category'), value: '(?<category>[a-z0-9-]+)' }], missing: [query('q'), query('sort')], destination: '/catalog/:category' },
        // A collection's prerendered page has no search: /catalog/<slug>?q=… or ?sort=… is a search within it.
        { source: '/catalog/:category', has: [query('q')], destination: '/catalog?category=:category' },
        { source: '/catalog/:category', has: [query('sort')], destination: '/catalog?category=:category' },
      ],
    };
  },
};

export default nextConfig;
