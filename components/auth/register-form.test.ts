import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateUpdates } from '@/tests/state-updates';
import { submitForm } from '@/tests/submittable-forms';
import { RegisterForm } from './register-form';

// Rendered outside the App Router and without a session: sign-in and redirect after success are not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ replace: () => {}, refresh: () => {} }) }));
vi.mock('next-auth/react', () => ({ signIn: async () => undefined }));

vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const { recordingUseState } = await import('@/tests/state-updates');
  return { ...real, useState: recordingUseState(real.useState) };
});
vi.mock('react/jsx-dev-runtime', () => import('@/tests/submittable-forms').then((m) => m.submittableForms()));

afterEach(() => {
  stateUpdates.length = 0;
  vi.unstubAllGlobals();
});

const typed = { name: 'Rita Royal', company: 'Royal Motors AG', email: 'rita.register@royal-motors.de', password: 'crown-jewels-2026' };

async function registerAgainst(answer: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(answer));
  // No form element outside a browser: FormData reads the typed fields handed to the submit.
  vi.stubGlobal('FormData', function (fields: Record<string, string>) {
    return new Map(Object.entries(fields));
  });
  renderToStaticMarkup(createElement(RegisterForm));
  await submitForm(typed);
}
const shownErrors = () => stateUpdates.filter((u) => typeof u === 'object').at(-1);
const busyUpdates = () => stateUpdates.filter((u) => typeof u === 'boolean');

describe('RegisterForm', () => {
  it("shows the server's field errors at their fields and its reason above the button", async () => {
    await registerAgainst(async () => Response.json({ detail: 'This email is already registered.', errors: [{ field: 'body.email', message: 'Already registered — sign in instead' }] }, { status: 409 }));
    expect(shownErrors()).toEqual({ form: 'This email is already registered.', email: 'Already registered — sign in instead' });
    expect(busyUpdates()).toEqual([true, false]);
  });

  it('names the failure when the answer is not JSON (an HTML 502 from a proxy, an empty 405) and frees the button', async () => {
    for (const [status, body] of [[502, '<html><body>502 Bad Gateway</body></html>'], [405, null]] as const) {
      await registerAgainst(async () => new Response(body, { status }));
      expect(shownErrors()).toEqual({ form: `The server answered ${status}.` });
      expect(busyUpdates()).toEqual([true, false]);
      stateUpdates.length = 0;
    }
  });

  it('frees the button when the server cannot be reached', async () => {
    await registerAgainst(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(shownErrors()).toEqual({ form: 'The server could not be reached; check the connection and try again.' });
    expect(busyUpdates()).toEqual([true, false]);
  });
});
