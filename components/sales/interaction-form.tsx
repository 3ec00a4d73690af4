'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

/** Logs a call, meeting or note on the timeline. */
export function InteractionForm({ prospectId }: { prospectId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function log(form: FormData) {
    const when = String(form.get('occurredAt') ?? '');
    setBusy(true);
    const res = await callApi(`/api/prospects/${prospectId}/interactions`, 'POST', {
      kind: form.get('kind'),
      summary: String(form.get('summary') ?? ''),
      occurredAt: when ? new Date(when).toISOString() : undefined,
    });
    setBusy(false);
    if (!res.ok) return setError(res.errors[0]?.message ? `${res.errors[0].field.replace(/^body\./, '')}: ${res.errors[0].message}` : res.detail);
    setError(null);
    setFormKey((k) => k + 1);
    router.refresh();
  }

  return (
    <form key={formKey} action={log} className="space-y-3" aria-label="Log an interaction">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="interaction-kind" className="mb-1 block text-sm font-medium">Kind</label>
          <select id="interaction-kind" name="kind" className={inputClass}>
            <option value="CALL">Call</option>
            <option value="MEETING">Meeting</option>
            <option value="NOTE">Note</option>
          </select>
        </div>
        <div>
          <label htmlFor="interaction-when" className="mb-1 block text-sm font-medium">When (empty: now)</label>
          <input id="interaction-when" name="occurredAt" type="datetime-local" className={inputClass} />
        </div>
      </div>
      <div>
        <label htmlFor="interaction-summary" className="mb-1 block text-sm font-medium">Summary</label>
        <textarea id="interaction-summary" name="summary" required rows={3} maxLength={2000} className={inputClass} />
      </div>
      <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Log it'}</Button>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </form>
  );
}
