// Anonymous visitors of staff and account pages go to the login page and come back after signing in.
// (Layouts can't see the path; pages and layouts still check the role on the server.)
import { NextResponse, type NextRequest } from 'next/server';

const FILE = /\/[^/]+\.[a-z0-9]+$/i;

export function proxy(req: NextRequest) {
  // public/products/*.svg are the catalog's images and share the staff area's /products prefix: files are never pages.
  if (FILE.test(req.nextUrl.pathname)) return NextResponse.next();
  const signedIn = req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'));
  if (signedIn) return NextResponse.next();
  const login = new URL('/login', req.url);
  login.searchParams.set('callbackUrl', req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/dashboard/:path*', '/emails/:path*', '/kpi/:path*', '/agents/:path*', '/teams/:path*', '/orders/:path*', '/products/:path*', '/sales/:path*', '/settings/:path*', '/account/:path*'],
};
