'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { Priority, type TaskStatus } from '@/lib/generated/sqlite/enums';
import type { TaskAction } from '@/lib/dashboard/task-actions';
import { PRIORITY_LABEL } from './labels';

type Props = {
  taskId: string;
  status: TaskStatus;
  assigneeId: string | null;
  unitKey: string | null;
  priority: Priority;
  staff: { id: string; name: string }[];
  units: { key: string; name: string }[];
};

/** Assign, move to another unit, change priority, close or reopen; each change is audited on the server. */
export function TaskActions({ taskId, status, assigneeId, unitKey, priority, staff, units }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: TaskAction) {
    setBusy(true);
    setError(null);
    const res = await callApi(`/api/tasks/${taskId}`, 'PATCH', action);
    setBusy(false);
    if (!res.ok) setError(res.detail);
    else router.refresh();
  }

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="task-assignee" className="mb-1 block text-xs font-medium">Assignee</label>
        <select id="task-assignee" className={inputClass} value={assigneeId ?? ''} disabled={busy} onChange={(e) => run({ action: 'assign', assigneeId: e.target.value || null })}>
          <option value="">Unassigned</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="task-unit" className="mb-1 block text-xs font-medium">Business unit</label>
        <select id="task-unit" className={inputClass} value={unitKey ?? ''} disabled={busy} onChange={(e) => run({ action: 'change_unit', unit: e.target.value })}>
          {units.map((u) => (
            <option key={u.key} value={u.key}>{u.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="task-priority" className="mb-1 block text-xs font-medium">Priority</label>
        <select id="task-priority" className={inputClass} value={priority} disabled={busy} onChange={(e) => run({ action: 'change_priority', priority: e.target.value as Priority })}>
          {Object.values(Priority).map((p) => (
            <option key={p} value={p}>{PRIORITY_LABEL[p]}</option>
          ))}
        </select>
      </div>
      {status === 'CLOSED' ? (
        <Button variant="secondary" disabled={busy} onClick={() => run({ action: 'reopen' })}>Reopen</Button>
      ) : (
        <Button variant="secondary" disabled={busy} onClick={() => run({ action: 'close' })}>Close task</Button>
      )}
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
