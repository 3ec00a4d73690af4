import { test, expect } from '@playwright/test';
import { signIn, E2E } from './fixtures';

test.describe('signing in shows each role what it may open', () => {
  const cases = [
    { who: 'admin', sees: ['Overview', 'Inbox', 'KPIs', 'Settings', 'Sales pipeline'], hidden: [] },
    { who: 'manager', sees: ['Overview', 'KPIs', 'Teams', 'Sales pipeline'], hidden: ['Settings', 'Products'] },
    { who: 'agent', sees: ['Overview', 'Inbox', 'Agents'], hidden: ['KPIs', 'Settings', 'Sales pipeline'] },
    { who: 'sales', sees: ['Sales pipeline'], hidden: ['Inbox', 'KPIs', 'Settings'] },
  ] as const;
  for (const c of cases) {
    test(`${c.who} sees the right navigation`, async ({ page }) => {
      await signIn(page, c.who);
      const nav = page.getByRole('navigation', { name: 'Staff', exact: true });
      for (const label of c.sees) await expect(nav.getByRole('link', { name: label })).toBeVisible();
      for (const label of c.hidden) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
    });
  }
});

test('a buyer cannot open staff pages', async ({ page }) => {
  await signIn(page, 'buyer');
  await page.goto('/dashboard');
  await expect(page).not.toHaveURL(/\/dashboard/);
  await expect(page.getByRole('navigation', { name: 'Staff', exact: true })).toHaveCount(0);
});

test('an anonymous visitor is sent to the login page and back after signing in', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  await page.getByLabel('Email').fill('manager@h-bu.de');
  await page.getByLabel('Password').fill(E2E.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a missing or wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('manager@h-bu.de');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter your password.' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
});

test('an unknown address shows the themed 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-button');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: /searched every drawer/ })).toBeVisible();
});

test('an unknown product, collection or order in the shop answers 404, not a streamed 200', async ({ page }) => {
  for (const url of ['/shop/no-such-button', '/catalog/no-such-collection', '/checkout/confirmation/HB-2099-000001?token=x']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
  }
});

test('an address that is not valid URL encoding is refused, never a server error', async ({ page, request }) => {
  const api = await request.get('/api/orders/%E0%A4%A', { headers: { authorization: `Bearer ${E2E.apiKey}` } });
  expect(api.status()).toBe(400);
  expect(api.headers()['content-type']).toContain('application/problem+json');
  for (const url of ['/orders/%E0%A4%A', '/catalog/%E0%A4%A']) {
    const res = await page.goto(url);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: /searched every drawer/ })).toBeVisible();
  }
});

test('a mistyped staff address or an unknown record answers 404 with its not-found page inside the staff shell', async ({ page }) => {
  await signIn(page, 'admin');
  const missing = [
    ['/settings/bogus', 'Nothing to open here'],
    ['/emails/x/y', 'Nothing to open here'],
    ['/kpi/nope', 'Nothing to open here'],
    ['/orders/HB-1999-000001', 'Nothing to open here'],
    ['/emails/no-such-email', 'Email not found'],
    ['/sales/prospects/no-such-prospect', 'Prospect not found'],
  ];
  for (const [url, heading] of missing) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Staff', exact: true })).toBeVisible();
  }
});

test('the health check reports every service', async ({ request }) => {
  const res = await request.get('/api/system/health', { headers: { authorization: `Bearer ${E2E.apiKey}` } });
  const body = await res.json();
  expect(Object.keys(body.checks).sort()).toEqual(['database', 'outbox', 'realtime', 'scheduler']);
  expect(body.checks.database.status).toBe('ok');
  expect(body.checks.realtime.status).toBe('ok');
});
