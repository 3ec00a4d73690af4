import { requireArea } from '@/lib/auth/session';
import type { Area } from '@/lib/auth/roles';

// Each area's layout ([area]/layout.tsx) checks the role above the area's (skeleton) loading boundary, so a refused
// role gets the not-found page with 404 rather than a streamed 200. Pages keep their own requireArea: they render
// beside the layout (their data would ride along in the payload) and a client navigation can skip the layout.
// Anonymous visitors never get here: proxy.ts sent them to sign in with the full address, so the area root will do.
export function areaLayout(area: Area) {
  return async function AreaLayout({ children }: { children: React.ReactNode }) {
    await requireArea(area, `/${area}`);
    return children;
  };
}
