'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { billingStepSchema, checkVatIdCountry, type BillingStep, type CountryCode } from '@/lib/shop/checkout-schema';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import { BillingAddressChoice } from './billing-address-choice';
import { applyServerErrors, errorAt } from './form-errors';
import { typedFields, useKeepTyped } from './checkout-draft';

export const BILLING_FIELDS = ['billingAddress', 'paymentMethod', 'vatId'];
const owns = (path: string) => BILLING_FIELDS.includes(path.split('.')[0]);

const radioCard = 'flex cursor-pointer gap-3 rounded-lg border border-border p-4 has-[:checked]:border-royal-500 has-[:checked]:bg-royal-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 dark:has-[:checked]:bg-royal-900';

type Props = {
  initial: BillingStep | null;
  profile: CheckoutProfile;
  /** From the first step: the billing country when billed to the shipping address. */
  shippingCountry: CountryCode;
  serverErrors: Record<string, string>;
  onBack: () => void;
  onDone: (v: BillingStep) => void;
};

/** The step's schema plus the server's rule that the VAT ID is the billing country's. */
const billingStepFor = (shippingCountry: CountryCode) =>
  billingStepSchema.superRefine((b, ctx) => checkVatIdCountry(b.vatId, b.billingTo === 'other' ? b.billingAddress?.country : shippingCountry, ctx));

export function BillingStepForm({ initial, profile, shippingCountry, serverErrors, onBack, onDone }: Props) {
  const [defaultValues] = useState(() =>
    typedFields(
      'billing',
      initial ?? {
        billingTo: 'shipping',
        billingAddress: { line1: '', line2: '', postalCode: '', city: '', country: 'DE' },
        paymentMethod: profile.invoiceAllowed ? 'INVOICE' : 'PREPAYMENT',
        vatId: profile.vatId,
      },
      profile,
    ),
  );
  const { register, handleSubmit, setError, control, formState, watch } = useForm({
    resolver: zodResolver(billingStepFor(shippingCountry)),
    mode: 'onTouched',
    defaultValues,
  });
  useKeepTyped('billing', watch);
  useEffect(() => applyServerErrors(setError, serverErrors, owns), [serverErrors, setError]);
  const error = (path: string) => errorAt(formState.errors, path);
  const billingTo = useWatch({ control, name: 'billingTo' });
  return (
    <form onSubmit={handleSubmit(onDone)} noValidate className="space-y-8">
      <BillingAddressChoice
        sameAs="Same as the shipping address"
        choice={() => register('billingTo')}
        other={billingTo === 'other'}
        register={(n) => register(n as Path<BillingStep>)}
        error={error}
      />

      <fieldset className="space-y-3" aria-describedby={error('paymentMethod') ? 'payment-error' : undefined}>
        <legend className="mb-2 font-serif text-lg">Payment</legend>
        <label className={radioCard}>
          <input type="radio" value="INVOICE" disabled={!profile.invoiceAllowed} {...register('paymentMethod')} className="mt-1" />
          <span>
            <span className="block font-medium">Pay on invoice</span>
            <span className="block text-sm text-muted">
              {profile.invoiceAllowed ? 'Our invoice travels with the delivery.' : 'For registered business customers with a VAT ID on file.'}
              {!profile.signedIn && (
                <>
                  {' '}
                  <Link href="/login?callbackUrl=%2Fcheckout" className="underline">
                    Sign in
                  </Link>{' '}
                  to use it.
                </>
              )}
            </span>
          </span>
        </label>
        <label className={radioCard}>
          <input type="radio" value="PREPAYMENT" {...register('paymentMethod')} className="mt-1" />
          <span>
            <span className="block font-medium">Bank transfer in advance</span>
            <span className="block text-sm text-muted">Our bank details come with your confirmation; we ship as soon as the payment arrives.</span>
          </span>
        </label>
        {error('paymentMethod') && (
          <p id="payment-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error('paymentMethod')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-serif text-lg">VAT</legend>
        <div className="max-w-sm">
          <Field label="VAT ID (optional)" hint="Printed on your invoice, e.g. DE123456789; it must be the billing country's. With an EU VAT ID from outside Germany, no German VAT is charged (reverse charge)." {...register('vatId')} id="vatId" error={error('vatId')} />
        </div>
      </fieldset>

      <div className="flex justify-between">
        <Button variant="secondary" onClick={onBack}>
          Back
        </Button>
        <Button type="submit" variant="gold">
          Review your order
        </Button>
      </div>
    </form>
  );
}
