'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { sendJson } from '@/lib/http/send-json';

/** Writes to the prospect through the outbox; the mail appears on the timeline and replies thread back to it. */
export function OutreachComposer({ prospectId, to, myAddress, teamAddress, disabledReason }: { prospectId: string; to: string; myAddress: string; teamAddress: string; disabledReason?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function send(form: FormData) {
    setBusy(true);
    const res = await sendJson<{ from: string }>(`/api/prospects/${prospectId}/outreach`, 'POST', {
      subject: String(form.get('subject') ?? ''),
      text: String(form.get('text') ?? ''),
      from: form.get('from') === 'team' ? 'team' : 'me',
    });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fields);
      return setMessage({ text: res.message, error: true });
    }
    setErrors({});
    setFormKey((k) => k + 1);
    setMessage({ text: `Queued from ${res.data.from}; it leaves with the next outbox run.`, error: false });
    router.refresh();
  }

  if (disabledReason) return <p className="text-sm text-muted">{disabledReason}</p>;
  return (
    <form key={formKey} action={send} className="space-y-3" aria-label={`Email ${to}`}>
      <p className="text-sm text-muted">To {to}</p>
      {myAddress === teamAddress ? (
        <p className="text-sm text-muted">From {teamAddress}</p>
      ) : (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Send from</legend>
          <label className="flex items-center gap-2"><input type="radio" name="from" value="me" defaultChecked /> {myAddress}</label>
          <label className="flex items-center gap-2"><input type="radio" name="from" value="team" /> {teamAddress} (team)</label>
        </fieldset>
      )}
      <Field label="Subject" name="subject" required maxLength={200} error={errors.subject} />
      <div className="space-y-1">
        <label htmlFor="outreach-text" className="block text-sm font-medium">Message</label>
        <textarea id="outreach-text" name="text" required rows={6} className={inputClass} aria-invalid={!!errors.text} />
        {errors.text && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{errors.text}</p>}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? 'Queuing…' : 'Send email'}</Button>
        <p role="status" aria-live="polite" className={`text-sm ${message?.error ? 'text-red-700 dark:text-red-400' : 'text-muted'}`}>{message?.text}</p>
      </div>
    </form>
  );
}
