import { Badge, type BadgeTone } from '@/components/ui/badge';
import { TableScroll } from '@/components/ui/table-scroll';
import { improved, type KpiStatus, type Trend } from '@/lib/kpi/assessment';
import type { DepartmentKpi } from '@/lib/kpi/departments';
import { formatValue } from '@/lib/kpi/format';

const STATUS_TONE: Record<KpiStatus, BadgeTone> = { good: 'good', warning: 'warning', critical: 'critical' };
const ARROW: Record<Trend, string> = { up: '↑', down: '↓', flat: '→' };

function TrendCell({ row }: { row: DepartmentKpi }) {
  if (!row.trend) return <span className="text-muted">—</span>;
  const better = improved(row.trend, row.better);
  const colour = better === null ? 'text-muted' : better ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400';
  return (
    <span className={colour}>
      <span aria-hidden="true">{ARROW[row.trend]}</span> {row.trend}
      <span className="block text-xs text-muted">was {formatValue(row.previous, row.unit)}</span>
    </span>
  );
}

export function DepartmentTable({ rows }: { rows: DepartmentKpi[] }) {
  return (
    <TableScroll>
      <table className="w-full text-sm">
        <caption className="sr-only">Department KPIs: current value, target, status and trend against the previous period</caption>
        <thead className="text-left text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="px-2 py-2">Department</th>
            <th scope="col" className="px-2 py-2">KPI</th>
            <th scope="col" className="px-2 py-2 text-right">Current</th>
            <th scope="col" className="px-2 py-2 text-right">Target</th>
            <th scope="col" className="px-2 py-2">Status</th>
            <th scope="col" className="px-2 py-2">Trend</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((r, i) => (
            <tr key={`${r.unitKey}-${r.kpi}`} className={i > 0 && rows[i - 1].unitKey !== r.unitKey ? 'border-t-2' : ''}>
              <th scope="row" className="px-2 py-2 text-left font-medium">{rows[i - 1]?.unitKey === r.unitKey ? <span className="sr-only">{r.unitName}</span> : r.unitName}</th>
              <td className="px-2 py-2">{r.label}</td>
              <td className="px-2 py-2 text-right tabular-nums">{formatValue(r.current, r.unit)}</td>
              <td className="px-2 py-2 text-right tabular-nums text-muted">
                {r.better === 'lower' ? '≤ ' : '≥ '}
                {formatValue(r.target, r.unit)}
              </td>
              <td className="px-2 py-2">{r.status ? <Badge tone={STATUS_TONE[r.status]}>{r.status}</Badge> : <span className="text-muted">no data</span>}</td>
              <td className="px-2 py-2"><TrendCell row={r} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
