// KPI targets come from config/company.yaml (kpi_targets).
import { companyConfig } from '@/lib/config/company';
import type { KpiTargets } from './measures';

export function kpiTargets(): KpiTargets {
  const t = companyConfig().kpi_targets;
  return { autoHandledShare: t.auto_handled_share, responseSeconds: t.response_time, csat: t.customer_satisfaction, slaCompliance: t.sla_compliance };
}
