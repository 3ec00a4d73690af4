'use client';

import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="flex min-h-[70vh] flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="font-serif text-5xl text-gold-500">A loose thread</p>
      <h1 className="font-serif text-2xl">Something went wrong on our side</h1>
      <p className="max-w-md text-muted">Our apologies. Please try again; if it persists, quote reference {error.digest ?? 'unknown'}.</p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
