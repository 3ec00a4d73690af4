// Department KPIs: every business unit measured by the same KPIs, judged against the company targets and
// compared with the previous period of the same length.
import { kpiStatus, trendOf, type KpiStatus, type Trend } from './assessment';
import { DEPARTMENT_KPIS, type Better, type KpiKey, type KpiTargets } from './measures';
import { emptyMetrics, type Metrics } from './metrics';

export type UnitRef = { key: string; name: string };

export type DepartmentKpi = {
  unitKey: string;
  unitName: string;
  kpi: KpiKey;
  label: string;
  current: number | null;
  previous: number | null;
  target: number;
  unit: '%' | 's';
  better: Better;
  status: KpiStatus | null;
  trend: Trend | null;
};

export function departmentKpis(
  units: readonly UnitRef[],
  current: ReadonlyMap<string, Metrics>,
  previous: ReadonlyMap<string, Metrics>,
  targets: KpiTargets,
): DepartmentKpi[] {
  return units.flatMap((u) =>
    DEPARTMENT_KPIS.map((d) => {
      const now = d.value(current.get(u.key) ?? emptyMetrics());
      const before = d.value(previous.get(u.key) ?? emptyMetrics());
      const target = d.target(targets);
      return {
        unitKey: u.key,
        unitName: u.name,
        kpi: d.key,
        label: d.label,
        current: now,
        previous: before,
        target,
        unit: d.unit,
        better: d.better,
        status: kpiStatus(now, target, d.better),
        trend: trendOf(now, before),
      };
    }),
  );
}
