import { LocalTime } from '@/components/ui/local-time';
import { actorLabel, entryField as field } from '@/lib/audit';
import type { EmailWorkspace } from '@/lib/dashboard/email-detail';
import type { Priority } from '@/lib/generated/sqlite/enums';
import { PRIORITY_LABEL } from './labels';

type Entry = EmailWorkspace['trail'][number];
/** Who and which unit an id stands for, and agents by unit key: the trail stores ids, a reader wants names. */
export type TrailNames = { people: Map<string, string>; units: Map<string, string>; agents: Map<string, string> };

const FIXED: Record<string, string> = {
  'email.received': 'received and routed it',
  'task.close': 'closed the task',
  'task.reopen': 'reopened the task',
  'task.replied': 'replied',
};


/** One entry in words, with what changed from what to what where the entry recorded it. */
export function describeEntry(a: Pick<Entry, 'action' | 'actorId' | 'before' | 'after'>, names: TrailNames): string {
  const before = (key: string) => field(a.before, key);
  const after = (key: string) => field(a.after, key);
  const priority = (p: unknown) => PRIORITY_LABEL[p as Priority] ?? String(p);
  const unit = (id: unknown) => names.units.get(String(id)) ?? 'another unit';
  const person = (id: unknown) => names.people.get(String(id)) ?? 'a former colleague';
  const reason = after('reason');
  switch (a.action) {
    case 'task.assign': {
      const to = after('assigneeId');
      if (!to) return 'left it unassigned';
      return to === a.actorId ? 'took it on' : `assigned it to ${person(to)}`;
    }
    case 'task.change_priority':
      return `changed the priority from ${priority(before('priority'))} to ${priority(after('priority'))}`;
    case 'task.change_unit': {
      const moved = `moved it from ${unit(before('businessUnitId'))} to ${unit(after('businessUnitId'))}`;
      // A move leaves the assignee behind; the trail must say who lost the task.
      const left = before('assigneeId');
      return left && !after('assigneeId') ? `${moved} and unassigned ${person(left)}` : moved;
    }
    case 'agent.auto_handled':
      return reason ? `handled it: ${reason}` : 'handled it';
    case 'agent.handed_off': {
      // The agent also picks the unit member with the lightest queue; the trail must say who got it.
      const who = field(after('assignee'), 'name');
      const to = who ? `handed it to ${who}` : 'handed it to people';
      return reason ? `${to}: ${reason}` : to;
    }
    case 'coordinator.escalated':
    case 'coordinator.reassigned':
      return reason ? String(reason) : a.action.replace('coordinator.', '');
    default:
      return FIXED[a.action] ?? a.action.replace(/[._]/g, ' ');
  }
}

export function AuditTrail({ entries, names }: { entries: EmailWorkspace['trail']; names: TrailNames }) {
  if (!entries.length) return <p className="text-sm text-muted">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {entries.map((a) => (
        <li key={a.id}>
          <span className="font-medium">{actorLabel(a, names.agents)}</span> {describeEntry(a, names)}
          <span className="block text-xs text-muted">
            <LocalTime iso={a.createdAt.toISOString()} /> · {a.actorType}
          </span>
        </li>
      ))}
    </ol>
  );
}
