/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole repo (app, scripts, benches) once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'mailparser', 'nodemailer', 'sanitize-html', 'pg', 'unpdf'],
};

export default nextConfig;
