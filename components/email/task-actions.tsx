'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
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

type Current = Pick<Props, 'assigneeId' | 'unitKey' | 'priority'>;
/** What the selects show but has not been saved yet ('' = unassigned). */
export type TaskDraft = { assigneeId?: string; unit?: string; priority?: Priority };

/** The actions a save sends, the move first: it unassigns, so a person chosen with it is assigned after. */
export function pendingTaskActions(current: Current, draft: TaskDraft): TaskAction[] {
  const actions: TaskAction[] = [];
  const moves = draft.unit !== undefined && draft.unit !== current.unitKey;
  if (moves) actions.push({ action: 'change_unit', unit: draft.unit! });
  const assignee = draft.assigneeId === undefined ? undefined : draft.assigneeId || null;
  if (assignee !== undefined && (assignee !== current.assigneeId || (moves && assignee))) actions.push({ action: 'assign', assigneeId: assignee });
  if (draft.priority !== undefined && draft.priority !== current.priority) actions.push({ action: 'change_priority', priority: draft.priority });
  return actions;
}

/** One done action in words, for the status line a screen reader announces. */
export function taskOutcome(action: TaskAction, p: Pick<Props, 'assigneeId' | 'staff' | 'units'>, reassigned: boolean): string {
  const person = (id: string | null) => p.staff.find((s) => s.id === id)?.name ?? 'a colleague';
  switch (action.action) {
    case 'change_unit': {
      const moved = `Moved to ${p.units.find((u) => u.key === action.unit)?.name ?? action.unit}`;
      return p.assigneeId && !reassigned ? `${moved} and unassigned ${person(p.assigneeId)}` : moved;
    }
    case 'assign':
      return action.assigneeId ? `Assigned to ${person(action.assigneeId)}` : 'Task unassigned';
    case 'change_priority':
      return `Priority set to ${PRIORITY_LABEL[action.priority]}`;
    case 'close':
      return 'Task closed';
    case 'reopen':
      return 'Task reopened';
  }
}

/**
 * Assign, move to another unit, change priority, close or reopen; each change is audited on the server.
 * The selects save with "Save changes", not on every arrow key; no control is disabled while saving, so focus stays put.
 */
export function TaskActions(props: Props) {
  const { taskId, status, assigneeId, unitKey, priority, staff, units } = props;
  const router = useRouter();
  const [draft, setDraft] = useState<TaskDraft>({});
  const [sending, setSending] = useState<'save' | 'status' | null>(null);
  // Until the refresh lands, the selects still show the old values beside the saved ones: no second save meanwhile.
  const [refreshing, startRefresh] = useTransition();
  const busy = sending ?? (refreshing ? 'refresh' : null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  // A refresh (ours or a colleague's change) brings the saved values: what was pending is then history.
  const saved = `${assigneeId}|${unitKey}|${priority}`;
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft({});
  }
  const pending = pendingTaskActions({ assigneeId, unitKey, priority }, draft);

  async function run(what: 'save' | 'status', actions: TaskAction[]) {
    if (busy || !actions.length) return;
    setSending(what);
    setError(null);
    setDone('');
    const outcomes: string[] = [];
    const reassigned = actions.some((a) => a.action === 'assign');
    for (const action of actions) {
      const res = await callApi(`/api/tasks/${taskId}`, 'PATCH', action);
      if (!res.ok) {
        setError(res.detail);
        break;
      }
      outcomes.push(taskOutcome(action, props, reassigned));
    }
    setSending(null);
    if (outcomes.length) {
      setDone(`${outcomes.join('. ')}.`);
      startRefresh(() => router.refresh());
    }
  }

  return (
    <div className="space-y-3" aria-busy={busy !== null}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run('save', pending);
        }}
      >
        <div>
          <label htmlFor="task-assignee" className="mb-1 block text-xs font-medium">Assignee</label>
          <select id="task-assignee" className={inputClass} value={draft.assigneeId ?? assigneeId ?? ''} onChange={(e) => setDraft({ ...draft, assigneeId: e.target.value })}>
            <option value="">Unassigned</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="task-unit" className="mb-1 block text-xs font-medium">Business unit</label>
          <select id="task-unit" className={inputClass} value={draft.unit ?? unitKey ?? ''} aria-describedby="task-unit-hint" onChange={(e) => setDraft({ ...draft, unit: e.target.value })}>
            {units.map((u) => (
              <option key={u.key} value={u.key}>{u.name}</option>
            ))}
          </select>
          <p id="task-unit-hint" className="mt-1 text-xs text-muted">Moving it unassigns it, unless you choose a person too.</p>
        </div>
        <div>
          <label htmlFor="task-priority" className="mb-1 block text-xs font-medium">Priority</label>
          <select id="task-priority" className={inputClass} value={draft.priority ?? priority} onChange={(e) => setDraft({ ...draft, priority: e.target.value as Priority })}>
            {Object.values(Priority).map((p) => (
              <option key={p} value={p}>{PRIORITY_LABEL[p]}</option>
            ))}
          </select>
        </div>
        {/* aria-disabled, not disabled: a disabled button would drop keyboard focus to the page. */}
        <Button type="submit" aria-disabled={busy !== null || !pending.length}>{busy === 'save' ? 'Saving…' : 'Save changes'}</Button>
      </form>
      <Button variant="secondary" aria-disabled={busy !== null} onClick={() => run('status', [{ action: status === 'CLOSED' ? 'reopen' : 'close' }])}>
        {status === 'CLOSED' ? 'Reopen' : 'Close task'}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-muted">{done}</p>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
