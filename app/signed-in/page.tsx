import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';

// Landing spot after sign-in: each role goes to its own home.
export default async function SignedIn() {
  const user = await currentUser();
  redirect(user ? homeFor(user.role) : '/login');
}
