import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { isStaff } from '@/lib/auth/roles';
import { Brand } from '@/components/layout/brand';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { UserMenu } from '@/components/layout/user-menu';
import { CartButton } from '@/components/shop/cart-button';

export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-4">
          <Brand />
          <nav aria-label="Shop" className="flex gap-5 text-sm font-medium">
            <Link href="/shop" className="hover:underline">Shop</Link>
            {user && !isStaff(user.role) && <Link href="/account" className="hover:underline">My orders</Link>}
            {user && isStaff(user.role) && <Link href="/dashboard" className="hover:underline">Staff area</Link>}
          </nav>
          <div className="flex-1" />
          <CartButton />
          <ThemeToggle />
          <UserMenu user={user} />
        </div>
      </header>
      <main id="main" className="flex-1">{children}</main>
      <footer className="bg-royal-900 text-royal-100">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-6 py-8 text-sm">
          <p>© Happy Buttons GmbH · Knopfallee 1 · 80331 München</p>
          <p>
            <Link href="/login" className="text-gold-400 hover:underline">Staff sign-in</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
