import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/session';

export function UserMenu({ user }: { user: SessionUser | null }) {
  if (!user) {
    return (
      <Link href="/login" className="text-sm font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="hidden sm:inline" title={user.email}>
        {user.name} <span className="text-muted">· {user.role.toLowerCase().replace('_', ' ')}</span>
      </span>
      <Link href="/logout" className="whitespace-nowrap font-medium hover:underline">
        Sign out
      </Link>
    </div>
  );
}
