'use client';

import { Button } from '@/components/ui/button';

export default function StaffError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-card p-8 text-center">
      <h1 className="font-serif text-2xl">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-muted">Please try again. Reference: {error.digest ?? 'unknown'}</p>
      <Button className="mt-4" onClick={reset}>Try again</Button>
    </div>
  );
}
