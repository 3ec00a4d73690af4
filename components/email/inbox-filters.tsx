import { Button, ButtonLink } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { EmailType, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';
import { SLA_STATES } from '@/lib/email/sla';
import { PRIORITY_LABEL, SLA_LABEL, STATUS_LABEL, TYPE_LABEL } from './labels';

type Values = Record<string, string | undefined>;
type Option = { value: string; label: string };

function Select({ name, label, options, values }: { name: string; label: string; options: Option[]; values: Values }) {
  return (
    <div>
      <label htmlFor={`inbox-${name}`} className="mb-1 block text-xs font-medium">{label}</label>
      <select id={`inbox-${name}`} name={name} defaultValue={values[name] ?? ''} className={inputClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

const entries = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** A plain GET form: filters live in the URL, so a filtered inbox can be bookmarked and shared. */
export function InboxFilters({ values, units }: { values: Values; units: { key: string; name: string }[] }) {
  return (
    <form action="/emails" role="search" className="mb-4 space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="inbox-q" className="mb-1 block text-xs font-medium">Search subject, sender and text</label>
          <input id="inbox-q" name="q" type="search" defaultValue={values.q ?? ''} placeholder="e.g. beschädigt, royal-motors.de, order 4711" className={inputClass} />
        </div>
        <Button type="submit">Search</Button>
        <ButtonLink href="/emails" variant="secondary">Reset</ButtonLink>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-9">
        <Select name="type" label="Type" values={values} options={Object.values(EmailType).map((t) => ({ value: t, label: TYPE_LABEL[t] }))} />
        <Select name="priority" label="Priority" values={values} options={Object.values(Priority).map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))} />
        <Select name="unit" label="Unit" values={values} options={units.map((u) => ({ value: u.key, label: u.name }))} />
        <Select name="status" label="Status" values={values} options={Object.values(TaskStatus).map((s) => ({ value: s, label: STATUS_LABEL[s] }))} />
        <Select name="sla" label="SLA" values={values} options={SLA_STATES.map((s) => ({ value: s, label: SLA_LABEL[s] }))} />
        <Select name="oem" label="OEM" values={values} options={entries({ true: 'OEM customers', false: 'Others' })} />
        <Select name="assignee" label="Assigned" values={values} options={entries({ me: 'To me', unassigned: 'To nobody' })} />
        <div>
          <label htmlFor="inbox-from" className="mb-1 block text-xs font-medium">From day</label>
          <input id="inbox-from" name="from" type="date" defaultValue={values.from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="inbox-to" className="mb-1 block text-xs font-medium">To day</label>
          <input id="inbox-to" name="to" type="date" defaultValue={values.to ?? ''} className={inputClass} />
        </div>
      </div>
    </form>
  );
}
