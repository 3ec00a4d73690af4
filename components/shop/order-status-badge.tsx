import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STATUS_LABEL, type OrderStatus } from '@/lib/shop/order-status';

const TONE: Record<OrderStatus, BadgeTone> = {
  DRAFT: 'purple',
  PLACED: 'royal',
  CONFIRMED: 'gold',
  SHIPPED: 'warning',
  DELIVERED: 'good',
  CANCELLED: 'critical',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}
