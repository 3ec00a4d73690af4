// Without a browser to submit in, a component test keeps the last rendered <form>'s onSubmit and calls it:
// `vi.mock('react/jsx-dev-runtime', () => import('@/tests/submittable-forms').then((m) => m.submittableForms()))`.
import type { FormEvent } from 'react';
import { vi } from 'vitest';
import type * as JsxDevRuntime from 'react/jsx-dev-runtime';

type SubmitHandler = (e: FormEvent<HTMLFormElement>) => void | Promise<void>;
const form: { onSubmit: SubmitHandler | null } = { onSubmit: null };

export async function submittableForms(): Promise<typeof JsxDevRuntime> {
  const real = await vi.importActual<typeof JsxDevRuntime>('react/jsx-dev-runtime');
  return {
    ...real,
    jsxDEV: (type, props, ...rest) => {
      if (type === 'form') form.onSubmit = (props as { onSubmit: SubmitHandler }).onSubmit;
      return real.jsxDEV(type, props, ...rest);
    },
  };
}

/** Submits the form; `fields` stand for what the user typed (read through a stubbed FormData where the form does). */
export async function submitForm(fields: Record<string, string> = {}) {
  await form.onSubmit!({ preventDefault: () => {}, currentTarget: fields } as unknown as FormEvent<HTMLFormElement>);
}
