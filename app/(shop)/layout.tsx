import Link from 'next/link';
import { Brand } from '@/components/layout/brand';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { CartButton } from '@/components/shop/cart-button';
import { AccountNavLink, ShopSessionProvider, ShopUserMenu, StaffSignInLink } from '@/components/shop/shop-session';

// Reads no cookies: the catalog pages below are prerendered for everyone; the header asks for the session in the browser.
export default function ShopLayout({ children }: { children: React.ReactNode }) {
  return (
    <ShopSessionProvider>
      <div className="flex min-h-screen flex-col">
        <header className="border-b border-border bg-card">
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-4 sm:gap-6 sm:px-6">
            <Brand compact />
            <nav aria-label="Shop" className="flex gap-3 whitespace-nowrap text-sm font-medium sm:gap-5">
              <Link href="/shop" className="hover:underline">Shop</Link>
              <AccountNavLink />
            </nav>
            <div className="flex-1" />
            <CartButton />
            <ThemeToggle />
            <ShopUserMenu />
          </div>
        </header>
        <main id="main" className="flex-1">{children}</main>
        <footer className="bg-royal-900 text-royal-100">
          <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-6 py-8 text-sm">
            <p>© Happy Buttons GmbH · Knopfallee 1 · 80331 München</p>
            <p>
              <StaffSignInLink />
            </p>
          </div>
        </footer>
      </div>
    </ShopSessionProvider>
  );
}
