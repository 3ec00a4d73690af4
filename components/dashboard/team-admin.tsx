'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import type { Team } from '@/lib/dashboard/teams';

function useAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) {
    setBusy(true);
    setError(null);
    const res = await callApi(url, method, body);
    setBusy(false);
    if (res.ok) router.refresh();
    else setError(res.errors[0] ? `${res.errors[0].field.replace(/^body\./, '')}: ${res.errors[0].message}` : res.detail);
    return res.ok;
  }
  return { busy, error, run };
}

const ErrorText = ({ text }: { text: string | null }) => (text ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{text}</p> : null);

export function RemoveMember({ unit, userId, name }: { unit: string; userId: string; name: string }) {
  const { busy, error, run } = useAction();
  return (
    <>
      <Button variant="ghost" className="px-2 py-1 text-xs" disabled={busy} onClick={() => run(`/api/teams/${unit}/members/${userId}`, 'DELETE')} aria-label={`Remove ${name} from the unit`}>
        Remove
      </Button>
      <ErrorText text={error} />
    </>
  );
}

export function AddMember({ unit, candidates }: { unit: string; candidates: { id: string; name: string; unitKey: string | null }[] }) {
  const { busy, error, run } = useAction();
  const [userId, setUserId] = useState('');
  if (!candidates.length) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (userId && (await run(`/api/teams/${unit}/members`, 'POST', { userId }))) setUserId('');
      }}
    >
      <div>
        <label htmlFor={`add-${unit}`} className="mb-1 block text-xs font-medium">Add a member</label>
        <select id={`add-${unit}`} className={inputClass} value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Choose a person…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.unitKey ? ` (now in ${c.unitKey})` : ''}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={busy || !userId}>Add</Button>
      <ErrorText text={error} />
    </form>
  );
}

const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

export function SlaEditor({ unit, sla }: { unit: string; sla: Team['sla'] }) {
  const { busy, error, run } = useAction();
  const [values, setValues] = useState(sla);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run(`/api/teams/${unit}`, 'PATCH', { sla: values });
      }}
    >
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <legend className="mb-1 text-xs font-medium">SLA in minutes (applies to emails arriving from now on)</legend>
        {PRIORITIES.map((p) => (
          <div key={p}>
            <label htmlFor={`sla-${unit}-${p}`} className="block text-xs capitalize text-muted">{p}</label>
            <input id={`sla-${unit}-${p}`} type="number" min={1} className={inputClass} value={values[p]} onChange={(e) => setValues({ ...values, [p]: Number(e.target.value) })} />
          </div>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" disabled={busy}>Save SLA</Button>
      <ErrorText text={error} />
    </form>
  );
}
