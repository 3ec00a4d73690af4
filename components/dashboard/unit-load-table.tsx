import Link from 'next/link';
import { TableScroll } from '@/components/ui/table-scroll';
import type { UnitLoad } from '@/lib/dashboard/overview';

export function UnitLoadTable({ units }: { units: UnitLoad[] }) {
  return (
    <TableScroll>
      <table className="w-full text-sm">
        <caption className="sr-only">Open tasks, SLA pressure and today’s inbound per business unit</caption>
        <thead className="text-left text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2">Unit</th>
            <th scope="col" className="py-2 text-right">Open tasks</th>
            <th scope="col" className="py-2 text-right">At risk</th>
            <th scope="col" className="py-2 text-right">Breached</th>
            <th scope="col" className="py-2 text-right">Inbound today</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {units.map((u) => (
            <tr key={u.key}>
              <th scope="row" className="py-2 text-left font-medium">
                <Link href={`/emails?unit=${u.key}`} className="hover:underline">{u.name}</Link>
              </th>
              <td className="py-2 text-right tabular-nums">{u.open}</td>
              <td className={`py-2 text-right tabular-nums ${u.atRisk ? 'font-semibold text-amber-700 dark:text-amber-400' : ''}`}>{u.atRisk}</td>
              <td className={`py-2 text-right tabular-nums ${u.overdue ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}>{u.overdue}</td>
              <td className="py-2 text-right tabular-nums">{u.receivedToday}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
