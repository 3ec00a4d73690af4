'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useCart, type CartProduct } from '@/lib/shop/cart-store';
import { QuantityInput } from './quantity-input';

export function AddToCart({ product }: { product: CartProduct }) {
  const [quantity, setQuantity] = useState(1);
  const add = useCart((s) => s.add);
  const open = useCart((s) => s.setDrawerOpen);
  if (product.stock <= 0) return <p className="font-medium text-red-700 dark:text-red-400">Sold out — back soon.</p>;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <QuantityInput id="quantity" label="Quantity" value={quantity} max={product.stock} onChange={setQuantity} />
      <Button
        variant="gold"
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
