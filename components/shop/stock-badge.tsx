import { Badge } from '@/components/ui/badge';
import { stockLevel } from '@/lib/shop/stock';

export function StockBadge({ stock }: { stock: number }) {
  const level = stockLevel(stock);
  if (level === 'sold_out') return <Badge tone="critical">Sold out</Badge>;
  if (level === 'low') return <Badge tone="warning">Only {stock} left</Badge>;
  return <Badge tone="good">In stock</Badge>;
}
