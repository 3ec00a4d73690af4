import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STATUS_LABEL } from './format';

const TONE: Record<string, BadgeTone> = { ACTIVE: 'royal', RESPONDED: 'good', BOUNCING: 'critical', UNRESPONSIVE: 'warning', WON: 'gold', LOST: 'neutral' };

export function ProspectStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status] ?? 'neutral'}>{STATUS_LABEL[status] ?? status}</Badge>;
}
