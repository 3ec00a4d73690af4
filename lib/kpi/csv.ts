// The department KPI table as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they need it).
import type { DepartmentKpi } from './departments';

const field = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function departmentCsv(rows: readonly DepartmentKpi[]): string {
  const header = ['department', 'kpi', 'current', 'previous', 'target', 'unit', 'status', 'trend'];
  const lines = rows.map((r) => [r.unitName, r.label, round(r.current), round(r.previous), r.target, r.unit, r.status ?? 'no data', r.trend ?? '']);
  return [header, ...lines].map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}
