import { LocalTime } from '@/components/ui/local-time';
import type { EmailWorkspace } from '@/lib/dashboard/email-detail';

const ACTION_LABEL: Record<string, string> = {
  'email.received': 'received and routed',
  'task.assign': 'changed the assignee',
  'task.change_unit': 'moved it to another unit',
  'task.change_priority': 'changed the priority',
  'task.close': 'closed the task',
  'task.reopen': 'reopened the task',
  'task.replied': 'replied',
};

export function AuditTrail({ entries }: { entries: EmailWorkspace['trail'] }) {
  if (!entries.length) return <p className="text-sm text-muted">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {entries.map((a) => (
        <li key={a.id}>
          <span className="font-medium">{a.actorName}</span> {ACTION_LABEL[a.action] ?? a.action.replace(/[._]/g, ' ')}
          <span className="block text-xs text-muted">
            <LocalTime iso={a.createdAt.toISOString()} /> · {a.actorType}
          </span>
        </li>
      ))}
    </ol>
  );
}
