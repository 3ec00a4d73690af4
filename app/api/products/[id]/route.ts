import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { notFound } from '@/lib/http/problem';
import { productPatchSchema } from '@/lib/shop/product-schema';
import { productByIdOrSku, productView, updateProduct } from '@/lib/shop/products-admin';

const params = z.object({ id: z.string().min(1).max(64) });

/** `id` is the product's id or its SKU; admins also see inactive products. */
export const GET = route({ access: { public: true, scope: 'products:read' }, params }, async ({ params, caller }) => {
  const admin = caller.kind === 'user' && caller.role === 'ADMIN';
  const product = await productByIdOrSku(params.id, { includeInactive: admin });
  if (!product) throw notFound(`Product ${params.id}`);
  return productView(product);
});

export const PATCH = route({ access: { roles: ['ADMIN'], scope: 'products:write' }, params, body: productPatchSchema }, async ({ params, body, caller }) =>
  productView(await updateProduct(params.id, body, caller)),
);
