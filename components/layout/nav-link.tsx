'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const active = path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm transition-colors ${
        active ? 'bg-gold-500 font-semibold text-royal-950' : 'text-royal-100 hover:bg-royal-800 hover:text-white'
      }`}
    >
      {children}
    </Link>
  );
}
