import { test, expect, type Page } from '@playwright/test';
import { asIntegrator, signIn } from './fixtures';

/** Drags a card by the pointer onto a stage column, the way a person does (dnd-kit needs real pointer moves). */
async function dragCard(page: Page, company: string, stageKey: string) {
  const card = page.locator('article[data-prospect-id]', { hasText: company });
  const column = page.locator(`[data-stage="${stageKey}"]`);
  await column.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const to = (await column.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 20 });
  await page.mouse.up();
}

test('a rep drags a prospect from Lead to Qualified; it stays after reload and a manager’s board shows it live', async ({ browser, request }) => {
  // A prospect of the rep's own, made through the API as an integrator would.
  const api = asIntegrator(request);
  const seeded = await (await api.get('/api/prospects?q=Atelier&fields=owner')).json();
  const ownerId = seeded.data[0].owner.id as string;
  const company = `Knopfmanufaktur ${Date.now()}`;
  const created = await api.post('/api/prospects', { company, contactName: 'Klara Knopf', email: `klara.${Date.now()}@knopfmanufaktur.example`, valueCents: 2_000_000, ownerId });
  expect(created.status()).toBe(201);

  const repContext = await browser.newContext();
  const managerContext = await browser.newContext();
  const rep = await repContext.newPage();
  const manager = await managerContext.newPage();
  await signIn(rep, 'sales', '/sales');
  await signIn(manager, 'manager', '/sales');
  for (const page of [rep, manager]) {
    await expect(page.getByRole('heading', { name: 'Sales pipeline' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  }
  await expect(manager.locator('[data-stage="lead"]').getByRole('link', { name: company, exact: true })).toBeVisible();

  await dragCard(rep, company, 'qualified');
  await expect(rep.locator('[data-stage="qualified"]').getByRole('link', { name: company, exact: true })).toBeVisible();
  await expect(manager.locator('[data-stage="qualified"]').getByRole('link', { name: company, exact: true })).toBeVisible({ timeout: 2_000 });

  await rep.reload();
  await expect(rep.locator('[data-stage="qualified"]').getByRole('link', { name: company, exact: true })).toBeVisible();
  await expect(rep.locator('[data-stage="lead"]').getByRole('link', { name: company, exact: true })).toHaveCount(0);
  await repContext.close();
  await managerContext.close();
});

test('closing a deal asks for a reason, and the keyboard-free menu moves a card too', async ({ page, request }) => {
  const api = asIntegrator(request);
  const ownerId = (await (await api.get('/api/prospects?q=Atelier&fields=owner')).json()).data[0].owner.id as string;
  const company = `Perlmutt Atelier ${Date.now()}`;
  await api.post('/api/prospects', { company, contactName: 'Paula Perl', email: `paula.${Date.now()}@perlmutt.example`, valueCents: 500_000, ownerId, stage: 'negotiation' });
  await signIn(page, 'sales', '/sales');
  await page.getByLabel(`Move ${company} to`).selectOption({ label: 'Won' });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Reason').fill('Framework contract signed');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-stage="won"]').getByRole('link', { name: company, exact: true })).toBeVisible();
  // The card is drawn anew in its new column: the focus follows it there (not to <body>), and the move is announced.
  await expect(page.locator('[data-stage="won"]').getByLabel(`Move ${company} to`)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${company} moved to Won.` })).toBeVisible();
  await page.getByRole('link', { name: company }).click();
  await expect(page.getByText('Framework contract signed').first()).toBeVisible();
});

test('a metrics link naming a rep no user is says so and shows the whole team', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto('/sales/metrics?owner=no-such-rep');
  await expect(page.getByRole('alert').filter({ hasText: 'This filter was not used' })).toContainText('Rep: no user has the id “no-such-rep”');
  await expect(page.getByText(/^The whole team, /)).toBeVisible();
});
