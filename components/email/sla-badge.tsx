import { Badge } from '@/components/ui/badge';
import type { SlaState } from '@/lib/email/sla';
import { SLA_LABEL, SLA_TONE } from './labels';

export function SlaBadge({ state }: { state: SlaState | null }) {
  if (!state) return <span className="text-xs text-muted">No SLA</span>;
  return <Badge tone={SLA_TONE[state]}>{SLA_LABEL[state]}</Badge>;
}
