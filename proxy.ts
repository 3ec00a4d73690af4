// Anonymous visitors of staff and account pages go to the login page and come back after signing in.
// (Layouts can't see the path; pages and layouts still check the role on the server.)
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(req: NextRequest) {
  const signedIn = req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'));
  if (signedIn) return NextResponse.next();
  const login = new URL('/login', req.url);
  login.searchParams.set('callbackUrl', req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

// public/products/*.svg are the catalog's images and share the staff area's /products prefix: files are never pages,
// and leaving them out spares every catalog picture a run of the proxy. (Next reads the matcher statically: literals only.)
export const config = {
  matcher: ['/dashboard/:path*', '/emails/:path*', '/kpi/:path*', '/agents/:path*', '/teams/:path*', '/orders/:path*', '/products', '/products/:path((?!.*\\.\\w+$).*)', '/sales/:path*', '/settings/:path*', '/account/:path*'],
};
