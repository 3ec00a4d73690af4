'use client';
// The storefront's signed-in state, read in the browser: the catalog pages are prerendered once for everyone,
// so nothing on them may depend on the visitor's cookies at render time.
import { SessionProvider, useSession } from 'next-auth/react';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { UserMenu } from '@/components/layout/user-menu';
import { homeFor, isStaff } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';

export function ShopSessionProvider({ children }: { children: React.ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}

/** undefined while the session is still being asked for, null for visitors. */
function useShopUser(): SessionUser | null | undefined {
  const { data, status } = useSession();
  if (status === 'loading') return undefined;
  if (!data?.user?.id) return null;
  return { id: data.user.id, role: data.user.role, name: data.user.name ?? '', email: data.user.email ?? '' };
}

/** "My orders" for buyers, "Staff area" for staff. */
export function AccountNavLink() {
  const user = useShopUser();
  if (!user) return null;
  return isStaff(user.role) ? (
    <Link href="/dashboard" className="hover:underline">Staff area</Link>
  ) : (
    <Link href="/account" className="hover:underline">My orders</Link>
  );
}

/** The footer's way in for staff; a signed-in visitor already has their way in the header. */
export function StaffSignInLink() {
  const user = useShopUser();
  if (user !== null) return null;
  return <Link href="/login" className="text-gold-400 hover:underline">Staff sign-in</Link>;
}

export function ShopUserMenu() {
  const user = useShopUser();
  // Holds the menu's place while loading, so the header does not jump.
  if (user === undefined) return <span aria-hidden="true" className="inline-block w-14" />;
  return <UserMenu user={user} />;
}

export function StaffEntry() {
  const user = useShopUser();
  return user && isStaff(user.role) ? (
    <ButtonLink href={homeFor(user.role)}>Go to the staff area</ButtonLink>
  ) : (
    <ButtonLink href="/login" variant="secondary">
      Staff sign-in
    </ButtonLink>
  );
}
