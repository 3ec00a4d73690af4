'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import { productPatchSchema } from '@/lib/shop/product-schema';
import { StockBadge } from './stock-badge';

export type EditableProduct = { id: string; sku: string; name: string; image: string; category: string; priceCents: number; stock: number; featured: boolean; active: boolean };

const euros = (cents: number) => (cents / 100).toFixed(2);
const toCents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);

/** One product's price, stock and visibility, saved with PATCH /api/products/{id}; stock saves only if orders did not move it meanwhile. */
export function ProductEditorRow({ product }: { product: EditableProduct }) {
  const router = useRouter();
  const [price, setPrice] = useState(euros(product.priceCents));
  const [stock, setStock] = useState(String(product.stock));
  const [featured, setFeatured] = useState(product.featured);
  const [active, setActive] = useState(product.active);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const patch = {
    ...(toCents(price) !== product.priceCents ? { priceCents: toCents(price) } : {}),
    ...(Number(stock) !== product.stock ? { stock: Number(stock), expectedStock: product.stock } : {}),
    ...(featured !== product.featured ? { featured } : {}),
    ...(active !== product.active ? { active } : {}),
  };
  const dirty = Object.keys(patch).length > 0;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const parsed = productPatchSchema.safeParse(patch);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setBusy(true);
    setError(null);
    const res = await callApi(`/api/products/${product.id}`, 'PATCH', parsed.data);
    setBusy(false);
    if (!res.ok) return setError(res.detail);
    setSaved(true);
    router.refresh();
  }

  const id = (f: string) => `${f}-${product.sku}`;
  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <div className="flex min-w-44 items-center gap-3">
          <img src={product.image} alt="" width={40} height={40} className="shrink-0" />
          <div>
            <p className="font-medium">{product.name}</p>
            <p className="text-xs text-muted">{product.sku} · {product.category}</p>
          </div>
        </div>
      </td>
      <td className="px-4 py-3">
        <label htmlFor={id('price')} className="sr-only">Net price of {product.name} in euros</label>
        <input id={id('price')} form={id('form')} inputMode="decimal" value={price} onChange={(e) => { setPrice(e.target.value); setSaved(false); }} className={`${inputClass} min-w-24`} />
      </td>
      <td className="px-4 py-3">
        <label htmlFor={id('stock')} className="sr-only">Stock of {product.name}</label>
        <input id={id('stock')} form={id('form')} type="number" min={0} value={stock} onChange={(e) => { setStock(e.target.value); setSaved(false); }} className={`${inputClass} min-w-24`} />
        <div className="mt-1"><StockBadge stock={product.stock} /></div>
      </td>
      <td className="px-4 py-3 text-center">
        <label className="sr-only" htmlFor={id('featured')}>Feature {product.name} on the home page</label>
        <input id={id('featured')} type="checkbox" checked={featured} onChange={(e) => { setFeatured(e.target.checked); setSaved(false); }} />
      </td>
      <td className="px-4 py-3 text-center">
        <label className="sr-only" htmlFor={id('active')}>{product.name} is for sale</label>
        <input id={id('active')} type="checkbox" checked={active} onChange={(e) => { setActive(e.target.checked); setSaved(false); }} />
      </td>
      <td className="px-4 py-3">
        <form id={id('form')} onSubmit={save}>
          <Button type="submit" variant="secondary" disabled={!dirty || busy}>
            {busy ? 'Saving…' : 'Save'}<span className="sr-only"> {product.name}</span>
          </Button>
        </form>
        <p aria-live="polite" className="mt-1 text-xs">
          {error ? <span className="text-red-700 dark:text-red-400">{error}</span> : saved && !dirty ? <span className="text-emerald-700">Saved</span> : null}
        </p>
      </td>
    </tr>
  );
}
