// Checkout survives a reload and the browser's Back/Forward: the step lives in the URL (?step=billing, one history
// entry per step) and what the buyer typed lives in sessionStorage (this tab only; cleared once the order is placed).
// Nothing secret is typed at checkout (payment is on invoice or by bank transfer), so nothing secret is stored.
import { useEffect } from 'react';
import type { z } from 'zod';
import type { FieldValues, UseFormWatch } from 'react-hook-form';
import { billingStepSchema, contactStepSchema, type BillingStep, type ContactStep } from '@/lib/shop/checkout-schema';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import type { CheckoutStep } from './checkout-steps';

export const CHECKOUT_DRAFT_KEY = 'hb-checkout';

const STEP_ORDER: readonly CheckoutStep[] = ['contact', 'billing', 'review'];
type FormStep = Exclude<CheckoutStep, 'review'>;

/** Finished steps as their forms submitted them, and each form's fields as last typed. */
export type CheckoutDraft = { contact: ContactStep | null; billing: BillingStep | null; typed: Partial<Record<FormStep, unknown>> };

const EMPTY: CheckoutDraft = { contact: null, billing: null, typed: {} };

const isStep = (s: string | null): s is CheckoutStep => (STEP_ORDER as readonly (string | null)[]).includes(s);

/**
 * The step asked for in the URL when the buyer may be there, else the first step still to fill in. /checkout without
 * a step is the first step, so Back from billing to that entry shows contact & shipping.
 */
export function reachableStep(requested: string | null, done: { contact: boolean; billing: boolean }): CheckoutStep {
  if (requested === null) return 'contact';
  const open: CheckoutStep = !done.contact ? 'contact' : !done.billing ? 'billing' : 'review';
  return isStep(requested) && STEP_ORDER.indexOf(requested) <= STEP_ORDER.indexOf(open) ? requested : open;
}

export const stepHref = (step: CheckoutStep) => `?step=${step}`;

/** A stored draft, trusted no further than the schemas: anything else (old shape, edited by hand) is dropped. */
export function parseDraft(json: string | null, profile: Pick<CheckoutProfile, 'businessCustomer'>): CheckoutDraft {
  let raw: Partial<CheckoutDraft>;
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    return EMPTY;
  }
  if (!raw || typeof raw !== 'object') return EMPTY;
  const contact = contactStepSchema.safeParse(raw.contact);
  const billing = billingStepSchema.safeParse(raw.billing);
  // Pay on invoice chosen while signed in is not open once signed out: that choice is forgotten.
  const billingAllowed = billing.success && (profile.businessCustomer || billing.data.paymentMethod !== 'INVOICE');
  const typed: CheckoutDraft['typed'] = raw.typed && typeof raw.typed === 'object' ? raw.typed : {};
  const typedBilling = typed.billing as { paymentMethod?: unknown } | undefined;
  if (!profile.businessCustomer && typedBilling?.paymentMethod === 'INVOICE') typed.billing = { ...typedBilling, paymentMethod: undefined };
  return { contact: contact.success ? contact.data : null, billing: billingAllowed ? billing.data : null, typed };
}

/** The form's defaults with every text field the buyer typed in its place; fields the form does not have are ignored. */
export function withTyped<T>(defaults: T, typed: unknown): T {
  if (!typed || typeof typed !== 'object' || !defaults || typeof defaults !== 'object') return defaults;
  const saved = typed as Record<string, unknown>;
  const merged = Object.entries(defaults).map(([key, value]) => {
    if (typeof value === 'string' || value === undefined) return [key, typeof saved[key] === 'string' ? saved[key] : value];
    return [key, withTyped(value, saved[key])];
  });
  return Object.fromEntries(merged) as T;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage switched off: checkout still works, it just forgets on reload
  }
}

export function loadCheckoutDraft(profile: Pick<CheckoutProfile, 'businessCustomer'>): CheckoutDraft {
  return parseDraft(storage()?.getItem(CHECKOUT_DRAFT_KEY) ?? null, profile);
}

function writeDraft(change: (draft: CheckoutDraft) => CheckoutDraft) {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(CHECKOUT_DRAFT_KEY, JSON.stringify(change(parseDraft(store.getItem(CHECKOUT_DRAFT_KEY), { businessCustomer: true }))));
  } catch {
    // full or refused: the draft is a convenience, never a reason to stop the checkout
  }
}

export const saveFinishedStep = (finished: Partial<Pick<CheckoutDraft, 'contact' | 'billing'>>) => writeDraft((d) => ({ ...d, ...finished }));

export const clearCheckoutDraft = () => storage()?.removeItem(CHECKOUT_DRAFT_KEY);

type StepFields = { contact: z.input<typeof contactStepSchema>; billing: z.input<typeof billingStepSchema> };

/** The fields of a step's form as last typed in this tab, over the form's defaults. */
export const typedFields = <S extends FormStep>(step: S, defaults: StepFields[S], profile: Pick<CheckoutProfile, 'businessCustomer'>): StepFields[S] =>
  withTyped(defaults, loadCheckoutDraft(profile).typed[step]);

/** Keeps every keystroke of a step's form in the draft. */
export function useKeepTyped<T extends FieldValues>(step: FormStep, watch: UseFormWatch<T>) {
  useEffect(() => {
    const subscription = watch((values) => writeDraft((d) => ({ ...d, typed: { ...d.typed, [step]: values } })));
    return () => subscription.unsubscribe();
  }, [step, watch]);
}
