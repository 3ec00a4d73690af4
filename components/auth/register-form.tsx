'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { registrationSchema } from '@/lib/account/registration-schema';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

type Errors = Partial<Record<'name' | 'email' | 'password' | 'company' | 'form', string>>;

export function RegisterForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const parsed = registrationSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setBusy(true);
    const res = await callApi('/api/account/register', 'POST', parsed.data);
    if (!res.ok) {
      const fieldErrors = Object.fromEntries(res.errors.map((f) => [f.field.replace(/^body\./, ''), f.message]));
      setErrors({ form: res.detail, ...fieldErrors });
      setBusy(false);
      return;
    }
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
    router.replace('/signed-in');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Your name" name="name" autoComplete="name" required error={errors.name} />
      <Field label="Company (optional)" name="company" autoComplete="organization" error={errors.company} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 10 characters" error={errors.password} />
      {errors.form && <p role="alert" className="text-sm text-red-700">{errors.form}</p>}
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
