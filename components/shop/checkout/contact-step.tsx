'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { contactStepSchema, type ContactStep } from '@/lib/shop/checkout-schema';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import { AddressFields } from './address-fields';
import { applyServerErrors, errorAt } from './form-errors';
import { typedFields, useKeepTyped } from './checkout-draft';

export const CONTACT_FIELDS = ['email', 'contactName', 'company', 'shippingAddress'];
const owns = (path: string) => CONTACT_FIELDS.includes(path.split('.')[0]);

export function ContactStepForm({ initial, profile, serverErrors, onDone }: { initial: ContactStep | null; profile: CheckoutProfile; serverErrors: Record<string, string>; onDone: (v: ContactStep) => void }) {
  const [defaultValues] = useState(() =>
    typedFields(
      'contact',
      initial ?? {
        email: profile.email,
        contactName: profile.contactName,
        company: profile.company,
        shippingAddress: { line1: '', line2: '', postalCode: '', city: '', country: 'DE' },
      },
      profile,
    ),
  );
  const form = useForm({ resolver: zodResolver(contactStepSchema), mode: 'onTouched', defaultValues });
  const { register, handleSubmit, setError, formState, watch } = form;
  useKeepTyped('contact', watch);
  useEffect(() => applyServerErrors(setError, serverErrors, owns), [serverErrors, setError]);
  const error = (path: string) => errorAt(formState.errors, path);
  const reg = (name: string) => register(name as Path<ContactStep>);
  return (
    <form onSubmit={handleSubmit(onDone)} noValidate className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-serif text-lg">Contact</legend>
        <Field label="Email" type="email" autoComplete="email" hint="Your confirmation goes here." {...register('email')} id="email" error={error('email')} />
        <Field label="Your name" autoComplete="name" {...register('contactName')} id="contactName" error={error('contactName')} />
        <div className="sm:col-span-2">
          <Field label="Company (optional)" autoComplete="organization" {...register('company')} id="company" error={error('company')} />
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-serif text-lg">Shipping address</legend>
        <AddressFields prefix="shippingAddress" register={reg} error={error} />
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" variant="gold">
          Continue to billing
        </Button>
      </div>
    </form>
  );
}
