import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { isStaff } from '@/lib/auth/roles';
import { realtimeClientConfig } from '@/lib/realtime/client-config';
import { Brand } from '@/components/layout/brand';
import { NavLink } from '@/components/layout/nav-link';
import { staffNavFor } from '@/components/layout/staff-nav';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { UserMenu } from '@/components/layout/user-menu';
import { RealtimeProvider } from '@/components/realtime/realtime-provider';

export const dynamic = 'force-dynamic';

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect('/login');
  if (!isStaff(user.role)) redirect('/account');
  return (
    <RealtimeProvider config={realtimeClientConfig()}>
      <div className="flex min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
          Skip to content
        </a>
        <aside className="hidden w-60 shrink-0 flex-col bg-royal-900 p-4 md:flex">
          <div className="mb-8 px-2">
            <Brand href="/dashboard" light />
          </div>
          <nav aria-label="Staff" className="flex flex-col gap-1">
            {staffNavFor(user.role).map((item) => (
              <NavLink key={item.href} href={item.href}>
                <span aria-hidden="true">{item.icon}</span>
                {item.label}
              </NavLink>
            ))}
          </nav>
          <p className="mt-auto px-2 text-xs text-royal-200">Happy Buttons GmbH · h-bu.de</p>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex items-center justify-between gap-4 border-b border-border bg-card px-6 py-3">
            <details className="md:hidden">
              <summary className="cursor-pointer text-sm font-medium">Menu</summary>
              <nav aria-label="Staff (mobile)" className="absolute z-40 mt-2 flex flex-col gap-1 rounded-md bg-royal-900 p-2">
                {staffNavFor(user.role).map((item) => (
                  <NavLink key={item.href} href={item.href}>
                    {item.label}
                  </NavLink>
                ))}
              </nav>
            </details>
            <div className="flex-1" />
            <NotificationBell userId={user.id} />
            <ThemeToggle />
            <UserMenu user={user} />
          </header>
          <main id="main" className="flex-1 p-6">
            {children}
          </main>
        </div>
      </div>
    </RealtimeProvider>
  );
}
