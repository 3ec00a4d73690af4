// What admins may change on a product (PATCH /api/products/{id} and the staff editor). Client-safe.
import { z } from 'zod';

export const productPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    description: z.string().trim().min(10).max(4000).optional(),
    priceCents: z.number().int('Whole cents only').min(1, 'A price of at least 1 cent').max(10_000_000).optional(),
    stock: z.number().int('Whole pieces only').min(0, 'Stock cannot be negative').max(10_000_000).optional(),
    /** The stock the editor saw: the change is refused if orders moved it meanwhile. */
    expectedStock: z.number().int().min(0).optional(),
    featured: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).some((k) => k !== 'expectedStock'), { message: 'Nothing to change' })
  .refine((p) => p.expectedStock === undefined || p.stock !== undefined, { message: 'expectedStock goes with stock', path: ['expectedStock'] });
export type ProductPatch = z.infer<typeof productPatchSchema>;
