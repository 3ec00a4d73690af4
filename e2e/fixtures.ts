// Shared steps for the stories in e2e/: sign in as a demo user, talk to the API as an integrator.
import { expect, type Page, type APIRequestContext } from '@playwright/test';
import { E2E } from './env';

export { E2E };

export const USERS = {
  admin: 'admin@h-bu.de',
  manager: 'manager@h-bu.de',
  agent: 'agent@h-bu.de',
  sales: 'sales@h-bu.de',
  sales2: 'sales2@h-bu.de',
  buyer: 'buyer@example.com',
} as const;
export type DemoUser = keyof typeof USERS;

export async function signIn(page: Page, who: DemoUser, returnTo?: string) {
  await page.goto(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  await page.getByLabel('Email').fill(USERS[who]);
  await page.getByLabel('Password').fill(E2E.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** An integrator's request with the seeded API key. */
export function asIntegrator(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${E2E.apiKey}` };
  return {
    post: (url: string, data: unknown, extra: Record<string, string> = {}) => request.post(url, { data, headers: { ...headers, ...extra } }),
    get: (url: string) => request.get(url, { headers }),
  };
}

/** An integrator's order for a Royal Motors buyer, as POST /api/orders takes it. */
export const royalOrder = (sku: string, quantity: number) => ({
  email: 'purchasing@royal-motors.de',
  contactName: 'Rita Royal',
  shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
  paymentMethod: 'INVOICE',
  items: [{ sku, quantity }],
});
