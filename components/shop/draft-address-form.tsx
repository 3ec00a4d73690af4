'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';
import { addressSchema, billingChoiceFields, checkBillingChoice, type Address } from '@/lib/shop/checkout-schema';
import type { AddressView } from '@/lib/shop/order-queries';
import { AddressFields } from './checkout/address-fields';
import { BillingAddressChoice } from './checkout/billing-address-choice';
import { errorAt } from './checkout/form-errors';

const formSchema = z.object({ shippingAddress: addressSchema, ...billingChoiceFields }).superRefine(checkBillingChoice);
type FormValues = z.infer<typeof formSchema>;

const blank = { line1: '', line2: '', postalCode: '', city: '', country: 'DE' };
const known = (a: AddressView) => (addressSchema.safeParse(a).success ? { ...blank, ...a } : blank);
const sameAddress = (a: AddressView, b: AddressView) => JSON.stringify(known(a)) === JSON.stringify(known(b));

type Props = { orderId: string; shippingAddress: AddressView; billingAddress: AddressView };

/** Staff complete a draft's addresses (the agent could not read them from the email) before confirming it. */
export function DraftAddressForm({ orderId, shippingAddress, billingAddress }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    mode: 'onTouched',
    defaultValues: {
      shippingAddress: known(shippingAddress) as Address,
      billingTo: sameAddress(shippingAddress, billingAddress) || !addressSchema.safeParse(billingAddress).success ? 'shipping' : 'other',
      billingAddress: known(billingAddress),
    },
  });
  const billingTo = useWatch({ control, name: 'billingTo' });
  const error = (path: string) => errorAt(formState.errors, path);
  const reg = (name: string) => register(name as Path<FormValues>);

  async function save(values: FormValues) {
    setSaved('');
    setFailure(null);
    const billing = values.billingTo === 'other' ? addressSchema.parse(values.billingAddress) : values.shippingAddress;
    const res = await callApi(`/api/orders/${orderId}`, 'PATCH', { shippingAddress: values.shippingAddress, billingAddress: billing });
    if (!res.ok) {
      for (const e of res.errors) setError(e.field.replace(/^body\./, '') as Path<FormValues>, { type: 'server', message: e.message });
      setFailure(res.detail);
      return;
    }
    setSaved('Addresses saved.');
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(save)} noValidate className="space-y-6" aria-label="Delivery and billing address">
      <fieldset>
        <legend className="mb-2 font-serif text-lg">Delivery address</legend>
        <AddressFields prefix="shippingAddress" register={reg} error={error} />
      </fieldset>
      <BillingAddressChoice sameAs="Same as the delivery address" choice={() => register('billingTo')} other={billingTo === 'other'} register={reg} error={error} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : 'Save addresses'}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-muted">{saved}</p>
      </div>
      {failure && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{failure}</p>}
    </form>
  );
}
