'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { EmptyState, Skeleton } from '@/components/ui/states';
import { callApi } from '@/lib/http/call-api';
import { useCart, useCartHydrated } from '@/lib/shop/cart-store';
import { toOrderInput, type BillingStep, type ContactStep } from '@/lib/shop/checkout-schema';
import type { CheckoutProfile } from '@/lib/shop/checkout-profile';
import { BILLING_FIELDS, BillingStepForm } from './billing-step';
import { CONTACT_FIELDS, ContactStepForm } from './contact-step';
import { ReviewStep } from './review-step';
import { CheckoutSteps, type CheckoutStep } from './checkout-steps';
import { clearCheckoutDraft, loadCheckoutDraft, reachableStep, saveFinishedStep, stepHref } from './checkout-draft';

/** Contact & shipping → billing → review → confirmation. Each step validates with the schema the server uses. */
export function CheckoutFlow({ profile }: { profile: CheckoutProfile }) {
  const router = useRouter();
  const hydrated = useCartHydrated();
  const lines = useCart((s) => s.lines);
  const clear = useCart((s) => s.clear);
  // Read once on the client: the server renders the skeleton until the cart is hydrated, so nothing shown differs.
  const [draft] = useState(() => loadCheckoutDraft(profile));
  const [contact, setContact] = useState<ContactStep | null>(draft.contact);
  const [billing, setBilling] = useState<BillingStep | null>(draft.billing);
  const requested = useSearchParams().get('step');
  const step = reachableStep(requested, { contact: !!contact, billing: !!billing });
  // One history entry per step: Back and Forward move between steps. Next's router follows pushState.
  const setStep = (next: CheckoutStep) => window.history.pushState(null, '', stepHref(next));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const [placed, setPlaced] = useState(false);
  // One key per checkout: a retried or double-clicked "Place order" can never order twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  // A step the buyer cannot be at yet (an old link, a draft lost with its tab) shows the first open one: say so in the URL.
  useEffect(() => {
    if (requested && requested !== step) window.history.replaceState(null, '', stepHref(step));
  }, [requested, step]);

  if (!hydrated) return <Skeleton className="h-96" />;
  if (placed) return <p role="status" className="py-10 text-center">Order placed — opening your confirmation…</p>;
  if (!lines.length) {
    return (
      <EmptyState title="Your cart is empty">
        <Link href="/shop" className="underline">
          Choose some buttons first
        </Link>
      </EmptyState>
    );
  }

  async function placeOrder() {
    if (!contact || !billing) return;
    setPlacing(true);
    setProblem(null);
    setServerErrors({});
    const payload = toOrderInput(contact, billing, lines.map((l) => ({ sku: l.sku, quantity: l.quantity })));
    const res = await callApi<{ confirmationUrl: string }>('/api/orders', 'POST', payload, { headers: { 'idempotency-key': idempotencyKey } });
    setPlacing(false);
    if (res.ok) {
      setPlaced(true);
      clear();
      clearCheckoutDraft();
      router.push(res.data.confirmationUrl);
      return;
    }
    const fields = Object.fromEntries(res.errors.map((e) => [e.field.replace(/^body\./, ''), e.message]));
    setServerErrors(fields);
    const paths = Object.keys(fields).map((f) => f.split('.')[0]);
    const back = paths.some((f) => CONTACT_FIELDS.includes(f)) ? 'contact' : paths.some((f) => BILLING_FIELDS.includes(f)) ? 'billing' : null;
    if (back) setStep(back);
    // Status 0: no answer came back, so the order may or may not exist; the same idempotency key makes a retry safe.
    setProblem(res.status === 0 ? 'We could not reach our shop. Please check your connection and try again — you will not be charged twice.' : res.detail);
  }

  const titles: Record<CheckoutStep, string> = { contact: 'Contact & shipping', billing: 'Billing & payment', review: 'Review your order' };
  return (
    <div className="space-y-8">
      <CheckoutSteps current={step} reachable={{ contact: true, billing: !!contact, review: !!contact && !!billing }} onGo={setStep} />
      <h2 ref={heading} tabIndex={-1} className="font-serif text-2xl outline-none">
        {titles[step]}
      </h2>
      {problem && step !== 'review' && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {problem}
        </p>
      )}
      {step === 'contact' && (
        <ContactStepForm
          initial={contact}
          profile={profile}
          serverErrors={serverErrors}
          onDone={(v) => {
            setContact(v);
            saveFinishedStep({ contact: v });
            setStep('billing');
          }}
        />
      )}
      {step === 'billing' && (
        <BillingStepForm
          initial={billing}
          profile={profile}
          shippingCountry={contact?.shippingAddress.country ?? 'DE'}
          serverErrors={serverErrors}
          onBack={() => setStep('contact')}
          onDone={(v) => {
            setBilling(v);
            saveFinishedStep({ billing: v });
            setStep('review');
          }}
        />
      )}
      {step === 'review' && contact && billing && (
        <ReviewStep contact={contact} billing={billing} placing={placing} problem={problem} onEdit={setStep} onPlace={placeOrder} />
      )}
    </div>
  );
}
