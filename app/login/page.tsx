import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthShell } from '@/components/layout/auth-shell';
import { LoginForm } from '@/components/auth/login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths are followed after sign-in.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/signed-in';
  return (
    <AuthShell title="Welcome back">
      <LoginForm next={next} />
      <p className="mt-6 text-center text-sm text-muted">
        New customer? <Link href="/register" className="font-medium text-royal-700 underline dark:text-gold-300">Create an account</Link>
      </p>
    </AuthShell>
  );
}
