import { Button, ButtonLink } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ProspectFilter } from '@/lib/sales/schemas';
import type { Stage } from '@/lib/sales/stages';
import { FILTER_LABEL, type TypedFilter } from './filter-params';
import { STATUS_LABEL } from './format';

type Owner = { id: string; name: string };

/** Filters for the board and the table: a plain GET form, so it works before any script has loaded. */
export function ProspectFilters({ action, filter, typed, owners, stages }: { action: string; filter: ProspectFilter; typed: TypedFilter; owners: Owner[] | null; stages?: Stage[] }) {
  const field = 'mb-1 block text-sm font-medium';
  return (
    <form action={action} role="search" aria-label="Filter prospects" className="mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1">
        <label htmlFor="f-q" className={field}>{FILTER_LABEL.q}</label>
        <input id="f-q" name="q" type="search" defaultValue={typed.q ?? ''} placeholder="Company, contact or email" className={inputClass} />
      </div>
      {owners && (
        <div>
          <label htmlFor="f-owner" className={field}>{FILTER_LABEL.owner}</label>
          <select id="f-owner" name="owner" defaultValue={filter.owner ?? ''} className={inputClass}>
            <option value="">Everyone</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
        </div>
      )}
      {stages && (
        <div>
          <label htmlFor="f-stage" className={field}>{FILTER_LABEL.stage}</label>
          <select id="f-stage" name="stage" defaultValue={filter.stage ?? ''} className={inputClass}>
            <option value="">Any</option>
            {stages.map((s) => (
              <option key={s.id} value={s.key}>{s.name}</option>
            ))}
          </select>
        </div>
      )}
      {stages && (
        <div>
          <label htmlFor="f-status" className={field}>{FILTER_LABEL.status}</label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABEL).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
      )}
      <div className="w-32">
        <label htmlFor="f-tag" className={field}>{FILTER_LABEL.tag}</label>
        <input id="f-tag" name="tag" defaultValue={typed.tag ?? ''} className={inputClass} />
      </div>
      <div className="w-28">
        <label htmlFor="f-min" className={field}>{FILTER_LABEL.minValue}</label>
        <input id="f-min" name="minEur" inputMode="decimal" defaultValue={typed.minEur ?? ''} className={inputClass} />
      </div>
      <div className="w-28">
        <label htmlFor="f-max" className={field}>{FILTER_LABEL.maxValue}</label>
        <input id="f-max" name="maxEur" inputMode="decimal" defaultValue={typed.maxEur ?? ''} className={inputClass} />
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="f-due" name="due" type="checkbox" value="1" defaultChecked={!!filter.followUpDue} className="h-4 w-4" />
        <label htmlFor="f-due" className="text-sm font-medium">{FILTER_LABEL.followUpDue}</label>
      </div>
      <Button type="submit">Filter</Button>
      <ButtonLink href={action} variant="ghost">Clear</ButtonLink>
    </form>
  );
}
