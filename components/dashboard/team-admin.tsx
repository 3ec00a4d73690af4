'use client';

import { useRouter } from 'next/navigation';
import { createContext, use, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi, type ApiResult } from '@/lib/http/call-api';
import type { Team } from '@/lib/dashboard/teams';

type FieldErrors = Extract<ApiResult<unknown>, { ok: false }>['errors'];

/** Field errors under `prefix` keyed by the rest of their path, several for one field joined. */
export function fieldMessages(errors: FieldErrors, prefix: string): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of errors) {
    if (!field.startsWith(prefix)) continue;
    const key = field.slice(prefix.length);
    byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
  }
  return byField;
}

type UnitAdminApi = { name: string; announce: (text: string) => void; focusUnit: () => void };
const UnitAdminContext = createContext<UnitAdminApi | null>(null);

function useUnitAdmin() {
  const api = use(UnitAdminContext);
  if (!api) throw new Error('Team admin controls belong inside <UnitAdmin>.');
  return api;
}

/**
 * One unit's card: its admin controls share a polite status line, and focus lands on the unit
 * when the control pressed goes away (a removed member's row, the last person to add).
 */
export function UnitAdmin({ unit, name, children }: { unit: string; name: string; children?: React.ReactNode }) {
  const home = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState('');
  const api = { name, announce: setSaid, focusUnit: () => home.current?.focus() };
  return (
    <UnitAdminContext value={api}>
      <div ref={home} tabIndex={-1} role="group" aria-labelledby={`team-${unit}`} className="rounded-md">
        {children}
        <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">{said}</p>
      </div>
    </UnitAdminContext>
  );
}

function useAction() {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const busy = sending || refreshing;
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>([]);
  async function run(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) {
    if (busy) return false;
    setSending(true);
    setError(null);
    setErrors([]);
    const res = await callApi(url, method, body);
    setSending(false);
    if (res.ok) startRefresh(() => router.refresh());
    else {
      setError(res.detail);
      setErrors(res.errors);
    }
    return res.ok;
  }
  const clear = () => {
    setError(null);
    setErrors([]);
  };
  return { busy, error, errors, run, clear };
}

const ErrorText = ({ text, id }: { text: string | null; id?: string }) => (text ? <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">{text}</p> : null);

export function RemoveMember({ unit, userId, name }: { unit: string; userId: string; name: string }) {
  const { busy, error, run } = useAction();
  const admin = useUnitAdmin();
  return (
    <>
      <Button
        variant="ghost"
        className="px-2 py-1 text-xs"
        aria-disabled={busy}
        aria-label={`Remove ${name} from the unit`}
        onClick={async () => {
          // Asked like every removal in the app; the browser's dialog takes the keyboard and gives focus back to this button.
          if (busy || !confirm(`Remove ${name} from ${admin.name}? Tasks already assigned to them stay theirs.`)) return;
          if (!(await run(`/api/teams/${unit}/members/${userId}`, 'DELETE'))) return;
          // This row goes with the member: focus waits on the unit rather than falling to the page.
          admin.focusUnit();
          admin.announce(`Removed ${name} from ${admin.name}.`);
        }}
      >
        Remove
      </Button>
      <ErrorText text={error} />
    </>
  );
}

export function AddMember({ unit, candidates }: { unit: string; candidates: { id: string; name: string; unitKey: string | null }[] }) {
  const { busy, error, run } = useAction();
  const admin = useUnitAdmin();
  const select = useRef<HTMLSelectElement>(null);
  const [userId, setUserId] = useState('');
  if (!candidates.length) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const person = candidates.find((c) => c.id === userId);
        if (!person || !(await run(`/api/teams/${unit}/members`, 'POST', { userId }))) return;
        setUserId('');
        // With the last candidate added this form goes away, so focus waits on the unit.
        if (candidates.length > 1) select.current?.focus();
        else admin.focusUnit();
        admin.announce(`Added ${person.name} to ${admin.name}.`);
      }}
    >
      <div>
        <label htmlFor={`add-${unit}`} className="mb-1 block text-xs font-medium">Add a member</label>
        <select id={`add-${unit}`} ref={select} className={inputClass} value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Choose a person…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.unitKey ? ` (now in ${c.unitKey})` : ''}
            </option>
          ))}
        </select>
      </div>
      {/* aria-disabled, not disabled: a disabled button would drop keyboard focus to the page. */}
      <Button type="submit" variant="secondary" aria-disabled={busy || !userId}>Add</Button>
      <ErrorText text={error} />
    </form>
  );
}

const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

export function SlaEditor({ unit, sla }: { unit: string; sla: Team['sla'] }) {
  const { busy, error, errors, run, clear } = useAction();
  const admin = useUnitAdmin();
  const [values, setValues] = useState(sla);
  const byField = fieldMessages(errors, 'body.sla.');
  const unplaced = error && !Object.keys(byField).length ? error : null;
  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(`/api/teams/${unit}`, 'PATCH', { sla: values })) admin.announce(`Saved the SLA of ${admin.name}.`);
      }}
    >
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <legend className="mb-1 text-xs font-medium">SLA in minutes (applies to emails arriving from now on)</legend>
        {PRIORITIES.map((p) => {
          const id = `sla-${unit}-${p}`;
          return (
            <div key={p}>
              <label htmlFor={id} className="block text-xs capitalize text-muted">{p}</label>
              <input
                id={id}
                type="number"
                min={1}
                className={inputClass}
                value={values[p]}
                aria-invalid={byField[p] ? true : undefined}
                aria-describedby={byField[p] ? `${id}-error` : undefined}
                onChange={(e) => {
                  // A message about the old numbers would now be wrong.
                  clear();
                  setValues({ ...values, [p]: Number(e.target.value) });
                }}
              />
              <ErrorText id={`${id}-error`} text={byField[p] ?? null} />
            </div>
          );
        })}
      </fieldset>
      <Button type="submit" variant="secondary" aria-disabled={busy}>Save SLA</Button>
      <ErrorText text={unplaced} />
    </form>
  );
}
