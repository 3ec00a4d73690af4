'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';

export function DeleteProspect({ prospectId, company }: { prospectId: string; company: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!window.confirm(`Delete ${company} and its whole timeline? This cannot be undone.`)) return;
    const res = await callApi(`/api/prospects/${prospectId}`, 'DELETE');
    if (!res.ok) return setError(res.detail);
    router.push('/sales/prospects');
  }
  return (
    <div>
      <Button variant="danger" onClick={remove}>Delete prospect</Button>
      {error && <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
