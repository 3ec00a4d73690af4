import { route } from '@/lib/http/handler';
import { quoteInputSchema } from '@/lib/shop/checkout-schema';
import { quoteItems } from '@/lib/shop/quote';

/** The cart priced from the catalog as it is now, with stock problems per line; writes nothing. */
export const POST = route({ access: { public: true, scope: 'orders:write' }, body: quoteInputSchema }, async ({ body }) => quoteItems(body.items, body.destination));
