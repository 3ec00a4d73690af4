'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useCart, type CartProduct } from '@/lib/shop/cart-store';
import { QuantityInput } from './quantity-input';

export function AddToCart({ product }: { product: CartProduct }) {
  const [quantity, setQuantity] = useState(1);
  // The field says why; the button waits until the quantity is one we can take.
  const [problem, setProblem] = useState<string | null>(null);
  const add = useCart((s) => s.add);
  const open = useCart((s) => s.setDrawerOpen);
  if (product.stock <= 0) return <p className="font-medium text-red-700 dark:text-red-400">Sold out — back soon.</p>;
  return (
    <div className="flex flex-wrap items-start gap-3">
      <QuantityInput id="quantity" label="Quantity" value={quantity} max={product.stock} onChange={setQuantity} onProblem={setProblem} />
      <Button
        variant="gold"
        disabled={!!problem}
        onClick={() => {
          add(product, quantity);
          open(true);
        }}
      >
        Add to cart
      </Button>
    </div>
  );
}
