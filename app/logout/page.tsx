import type { Metadata } from 'next';
import { AuthShell } from '@/components/layout/auth-shell';
import { LogoutButton } from '@/components/auth/logout-button';

export const metadata: Metadata = { title: 'Sign out' };

export default function LogoutPage() {
  return (
    <AuthShell title="Leaving so soon?">
      <p className="mb-6 text-center text-sm text-muted">Sign out of Happy Buttons on this device.</p>
      <LogoutButton />
    </AuthShell>
  );
}
