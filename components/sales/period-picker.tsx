import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type Owner = { id: string; name: string };
export const PERIOD_PRESETS = [30, 90, 180, 365] as const;

/** Period and owner for the metrics page: a preset, or from/to dates (UTC days; as typed when they could not be used). */
export function PeriodPicker({ days, from, to, owner, owners }: { days: number | null; from?: string; to?: string; owner: string | null; owners: Owner[] | null }) {
  const label = 'mb-1 block text-sm font-medium';
  return (
    <form action="/sales/metrics" aria-label="Choose the period" className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="m-days" className={label}>Period</label>
        <select id="m-days" name="days" defaultValue={days ? String(days) : ''} className={inputClass}>
          {PERIOD_PRESETS.map((d) => (
            <option key={d} value={d}>Last {d} days</option>
          ))}
          <option value="">Custom dates</option>
        </select>
      </div>
      <div>
        <label htmlFor="m-from" className={label}>From</label>
        <input id="m-from" name="from" type="date" defaultValue={from ?? ''} className={inputClass} />
      </div>
      <div>
        <label htmlFor="m-to" className={label}>To</label>
        <input id="m-to" name="to" type="date" defaultValue={to ?? ''} className={inputClass} />
      </div>
      {owners && (
        <div>
          <label htmlFor="m-owner" className={label}>Rep</label>
          <select id="m-owner" name="owner" defaultValue={owner ?? ''} className={inputClass}>
            <option value="">Whole team</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit">Show</Button>
    </form>
  );
}
