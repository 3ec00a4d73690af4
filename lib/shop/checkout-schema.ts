// The order payload, one schema for the checkout form (client), POST /api/orders (server) and the docs.
// Client-safe: no server imports here.
import { z } from 'zod';
import { isVatIdFormat, vatIdCountry } from './vat';

export const COUNTRIES = {
  DE: 'Germany',
  AT: 'Austria',
  CH: 'Switzerland',
  NL: 'Netherlands',
  BE: 'Belgium',
  LU: 'Luxembourg',
  FR: 'France',
  IT: 'Italy',
  ES: 'Spain',
  PL: 'Poland',
  CZ: 'Czechia',
  DK: 'Denmark',
  SE: 'Sweden',
  GB: 'United Kingdom',
} as const;
export type CountryCode = keyof typeof COUNTRIES;
const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];

const optionalText = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters`).optional();

export const addressSchema = z.object({
  line1: z.string().trim().min(3, 'Please enter street and house number').max(200),
  line2: optionalText(200),
  postalCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{2,9}$/, 'Please enter a valid postal code'),
  city: z.string().trim().min(2, 'Please enter the city').max(100),
  country: z.enum(COUNTRY_CODES, 'Please choose a country'),
});
export type Address = z.infer<typeof addressSchema>;
/** A stored address is complete when it passes the checkout's address schema (a draft's placeholder does not). */
export const isCompleteAddress = (stored: unknown) => addressSchema.safeParse(stored).success;

export const PAYMENT_METHODS = ['INVOICE', 'PREPAYMENT'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS, 'Please choose how you will pay');
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** A VAT ID in its country's format (DE123456789, GB123456789, CHE-123.456.789 MWST, EU-style); empty means none. */
export const vatIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((id) => id === '' || isVatIdFormat(id), 'Use the format DE123456789 (in Switzerland CHE-123.456.789 MWST)');

/** The VAT ID must be the billing country's: it decides whether an EU delivery is reverse-charged (lib/shop/vat.ts). */
export function checkVatIdCountry(vatId: string | undefined, billingCountry: string | undefined, ctx: z.RefinementCtx) {
  if (!vatId || !billingCountry || vatIdCountry(vatId) === billingCountry) return;
  const prefix = billingCountry === 'CH' ? 'CHE' : billingCountry;
  const name = COUNTRIES[billingCountry as CountryCode] ?? billingCountry;
  ctx.addIssue({ code: 'custom', path: ['vatId'], message: `Give the VAT ID of the billing country, ${name} (it starts with ${prefix})` });
}

/** Step 1: who orders and where it goes. */
export const contactStepSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email('Please enter a valid email address'),
  contactName: z.string().trim().min(2, 'Please tell us your name').max(120),
  company: optionalText(200),
  shippingAddress: addressSchema,
});
export type ContactStep = z.infer<typeof contactStepSchema>;

/** Billed to the shipping address, or to another one: a form's fields, the other address checked only when chosen. */
export const billingChoiceFields = {
  billingTo: z.enum(['shipping', 'other']),
  billingAddress: z.record(z.string(), z.string().optional()).optional(),
};
export function checkBillingChoice(value: { billingTo: 'shipping' | 'other'; billingAddress?: Record<string, string | undefined> }, ctx: z.RefinementCtx) {
  if (value.billingTo !== 'other') return;
  const parsed = addressSchema.safeParse(value.billingAddress ?? {});
  if (parsed.success) return;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['billingAddress', ...issue.path] });
}

/** Step 2: who is billed and how. */
export const billingStepSchema = z
  .object({ ...billingChoiceFields, paymentMethod: paymentMethodSchema, vatId: vatIdSchema.optional() })
  .superRefine(checkBillingChoice);
export type BillingStep = z.infer<typeof billingStepSchema>;

export const orderItemSchema = z.object({
  sku: z.string().trim().min(1, 'Missing SKU').max(64),
  quantity: z.number().int('Whole pieces only').min(1, 'At least 1').max(100_000, 'At most 100,000 per line'),
});
export type OrderItemInput = z.infer<typeof orderItemSchema>;

export const cartItemsSchema = z.array(orderItemSchema).min(1, 'The cart is empty').max(100, 'At most 100 lines per order');

/** POST /api/orders. Prices are never part of it: the server prices every line from the catalog. */
export const orderInputSchema = contactStepSchema
  .extend({
    billingAddress: addressSchema.optional(),
    paymentMethod: paymentMethodSchema,
    vatId: vatIdSchema.optional(),
    /** API keys only: order on behalf of this customer (otherwise matched by the email's domain). */
    customerId: z.string().trim().min(1).max(64).optional(),
    items: cartItemsSchema,
  })
  .superRefine((o, ctx) => checkVatIdCountry(o.vatId, (o.billingAddress ?? o.shippingAddress).country, ctx));
export type OrderInput = z.infer<typeof orderInputSchema>;

/** The two checkout steps folded into the API payload. */
export function toOrderInput(contact: ContactStep, billing: BillingStep, items: OrderItemInput[]): OrderInput {
  return {
    ...contact,
    billingAddress: billing.billingTo === 'other' ? addressSchema.parse(billing.billingAddress) : undefined,
    paymentMethod: billing.paymentMethod,
    vatId: billing.vatId || undefined,
    items,
  };
}

/** Where the goods go and who is billed, once checkout knows it: the quote then applies the VAT that order will owe. */
export const quoteDestinationSchema = z
  .object({ shippingCountry: z.enum(COUNTRY_CODES, 'Please choose a country'), billingCountry: z.enum(COUNTRY_CODES, 'Please choose a country'), vatId: vatIdSchema.optional() })
  .superRefine((d, ctx) => checkVatIdCountry(d.vatId, d.billingCountry, ctx));
export type QuoteDestination = z.infer<typeof quoteDestinationSchema>;

/** The review step's destination: billed to the shipping address unless another was chosen. */
export function destinationOf(contact: ContactStep, billing: BillingStep): QuoteDestination {
  const shippingCountry = contact.shippingAddress.country;
  const billingCountry = billing.billingTo === 'other' ? addressSchema.parse(billing.billingAddress).country : shippingCountry;
  return { shippingCountry, billingCountry, vatId: billing.vatId || undefined };
}

export const quoteInputSchema = z.object({ items: cartItemsSchema, destination: quoteDestinationSchema.optional() });
