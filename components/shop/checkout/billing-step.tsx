'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { billingStepSchema, checkVatIdCountry, type BillingStep, type CountryCode } from '@/lib/shop/checkout-schema';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import { mayPayOnInvoice, orderVatId } from '@/lib/shop/invoice-terms';
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

type Buyer = Pick<CheckoutProfile, 'businessCustomer' | 'recordedVatId'>;

/** The VAT ID field as the order would carry it without one typed: the record's, for its own country only. */
const recordedVatIdFor = (profile: Buyer, billingCountry: string) => orderVatId('', profile.recordedVatId, billingCountry) ?? '';

/** Pay on invoice as the server decides it (placeOrder): a business customer whose order carries a VAT ID. */
const invoiceOpen = (profile: Buyer, vatId: string | undefined, billingCountry: string) =>
  mayPayOnInvoice(profile.businessCustomer, orderVatId(vatId, profile.recordedVatId, billingCountry));

/** A fresh step is billed to the shipping address, so the record's VAT ID is filled in only when it is that country's. */
export function billingDefaults(profile: Buyer, shippingCountry: CountryCode): z.input<typeof billingStepSchema> {
  const vatId = recordedVatIdFor(profile, shippingCountry);
  return {
    billingTo: 'shipping',
    billingAddress: { line1: '', line2: '', postalCode: '', city: '', country: 'DE' },
    paymentMethod: invoiceOpen(profile, vatId, shippingCountry) ? 'INVOICE' : 'PREPAYMENT',
    vatId,
  };
}

/** The step's schema plus the server's rules: the VAT ID is the billing country's, and pay on invoice needs one. */
export const billingStepFor = (shippingCountry: CountryCode, profile: Buyer) =>
  billingStepSchema.superRefine((b, ctx) => {
    const billingCountry = (b.billingTo === 'other' ? b.billingAddress?.country : shippingCountry) ?? '';
    checkVatIdCountry(b.vatId, billingCountry, ctx);
    if (b.paymentMethod === 'INVOICE' && !invoiceOpen(profile, b.vatId, billingCountry)) {
      ctx.addIssue({ code: 'custom', path: ['paymentMethod'], message: 'Pay on invoice needs the VAT ID of the billing country; give it below or choose bank transfer' });
    }
  });

export function BillingStepForm({ initial, profile, shippingCountry, serverErrors, onBack, onDone }: Props) {
  const [defaultValues] = useState(() => typedFields('billing', initial ?? billingDefaults(profile, shippingCountry), profile));
  const { register, handleSubmit, setError, control, formState, watch, getValues, setValue } = useForm({
    resolver: zodResolver(billingStepFor(shippingCountry, profile)),
    mode: 'onTouched',
    defaultValues,
  });
  useKeepTyped('billing', watch);
  useEffect(() => applyServerErrors(setError, serverErrors, owns), [serverErrors, setError]);
  const error = (path: string) => errorAt(formState.errors, path);
  const billingTo = useWatch({ control, name: 'billingTo' });
  const otherCountry = useWatch({ control, name: 'billingAddress.country' });
  const billingCountry = (billingTo === 'other' ? otherCountry : shippingCountry) ?? '';
  const vatId = useWatch({ control, name: 'vatId' });
  // The record's VAT ID follows the billing country (shown where the order carries it, gone where it would be refused);
  // one the buyer typed stays theirs to correct.
  useEffect(() => {
    const shown = getValues('vatId') ?? '';
    if (shown === '' || shown === profile.recordedVatId) setValue('vatId', recordedVatIdFor(profile, billingCountry));
  }, [billingCountry, profile, getValues, setValue]);
  const invoice = invoiceOpen(profile, vatId, billingCountry);
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
          <input type="radio" value="INVOICE" disabled={!profile.businessCustomer} {...register('paymentMethod')} className="mt-1" />
          <span>
            <span className="block font-medium">Pay on invoice</span>
            <span className="block text-sm text-muted">
              {!profile.businessCustomer
                ? 'For registered business customers with a VAT ID.'
                : invoice
                  ? 'Our invoice travels with the delivery.'
                  : 'Give the VAT ID of the billing country below to pay on invoice.'}
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
