import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { ORDER_SOURCES, ORDER_STATUSES, STATUS_LABEL } from '@/lib/shop/order-status';
import type { OrderFilters as Filters } from '@/lib/shop/order-queries';

export function OrderFilters({ filters }: { filters: Filters }) {
  return (
    <form action="/orders" role="search" className="mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="orders-q" className="mb-1 block text-sm font-medium">Search</label>
        <input id="orders-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Number, email, name or company" className={inputClass} />
      </div>
      <div>
        <label htmlFor="orders-status" className="mb-1 block text-sm font-medium">Status</label>
        <select id="orders-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">Any</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>{STATUS_LABEL[s]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="orders-source" className="mb-1 block text-sm font-medium">Source</label>
        <select id="orders-source" name="source" defaultValue={filters.source ?? ''} className={inputClass}>
          <option value="">Any</option>
          {Object.entries(ORDER_SOURCES).map(([v, label]) => (
            <option key={v} value={v}>{label}</option>
          ))}
        </select>
      </div>
      <Button type="submit">Filter</Button>
    </form>
  );
}
