// Before routing: an address that is not valid URL encoding is refused here (Next would fail decoding it with a bare
// 500), and anonymous visitors of staff and account pages go to the login page and come back after signing in.
// (Layouts can't see the path; pages and layouts still check the role on the server.)
import { NextResponse, type NextRequest } from 'next/server';
import { HttpError, problemResponse } from '@/lib/http/problem';

// The signed-in areas of the matcher below (which must be literals, so the list stands twice); files are never pages.
const SIGNED_IN_AREAS = /^\/(dashboard|emails|kpi|agents|teams|orders|products|sales|settings|account)(\/|$)/;
const FILE = /\.\w+$/;

function decodable(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  if (!decodable(path)) {
    if (path.startsWith('/api/')) {
      const problem = new HttpError(400, 'Bad Request', 'The address is not valid URL encoding (a "%" must start an escape such as %20).');
      return problemResponse(problem, req.headers.get('x-request-id') ?? crypto.randomUUID(), path);
    }
    // No page has such an address: the not-found page answers, with 404.
    return NextResponse.rewrite(new URL('/_no-such-address', req.url));
  }
  if (!SIGNED_IN_AREAS.test(path) || FILE.test(path)) return NextResponse.next();
  const signedIn = req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'));
  if (signedIn) return NextResponse.next();
  const login = new URL('/login', req.url);
  login.searchParams.set('callbackUrl', path + req.nextUrl.search);
  return NextResponse.redirect(login);
}

// public/products/*.svg are the catalog's images and share the staff area's /products prefix: files are never pages,
// and leaving them out spares every catalog picture a run of the proxy. Any address with a "%" is matched to check
// its encoding. (Next reads the matcher statically: literals only.)
export const config = {
  matcher: [
    '/dashboard/:path*',
    '/emails/:path*',
    '/kpi/:path*',
    '/agents/:path*',
    '/teams/:path*',
    '/orders/:path*',
    '/products',
    '/products/:path((?!.*\\.\\w+$).*)',
    '/sales/:path*',
    '/settings/:path*',
    '/account/:path*',
    '/((?:.*)%(?:.*))',
  ],
};
