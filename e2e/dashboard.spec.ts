import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { asIntegrator, royalOrder, signIn } from './fixtures';

// The e2e server's database (playwright.config.ts), read for an email's task and the rating token a reply carried.
const E2E_DB = 'data/e2e.db';

function firstValueOf(sql: string, emailId: string): string {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(sql).pluck().get(emailId) as string | undefined;
    if (!row) throw new Error(`nothing for email ${emailId}: ${sql}`);
    return row;
  } finally {
    db.close();
  }
}
const taskIdOf = (emailId: string) => firstValueOf('SELECT id FROM Task WHERE emailId = ?', emailId);
const csatTokenOf = (emailId: string) => firstValueOf('SELECT token FROM CsatResponse WHERE emailId = ? ORDER BY createdAt LIMIT 1', emailId);

const complaint = (tag: string) => ({
  from: 'Gisela Müller <gisela@schneiderei-mueller.de>',
  to: 'quality@h-bu.de',
  subject: `Reklamation Lieferung ${tag}`,
  text: `Sehr geehrte Damen und Herren,\n\ndie gelieferten Perlmuttknöpfe sind leider beschädigt angekommen (Kennung ${tag}). Bitte senden Sie Ersatz.\n\nMit freundlichen Grüßen\nGisela Müller`,
  messageId: `<${tag}@schneiderei-mueller.de>`,
});

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a manager watching the overview sees a new email slide into the live feed and the counters move', async ({ page, request }) => {
  await signIn(page, 'manager', '/dashboard');
  await expect(page.locator('[data-realtime-state="connected"]')).toBeVisible();
  const counters = page.getByTestId('overview-counters');
  const inboundBefore = await counters.getByText(/^[\d,]+$/).first().innerText();

  const tag = `live-${randomUUID().slice(0, 8)}`;
  const res = await asIntegrator(request).post('/api/emails/inbound', complaint(tag));
  expect(res.status()).toBe(201);

  const feed = page.getByTestId('live-feed');
  await expect(feed.getByRole('link', { name: `Reklamation Lieferung ${tag}` })).toBeVisible({ timeout: 2_000 });
  await expect(counters.getByText(/^[\d,]+$/).first()).not.toHaveText(inboundBefore);
});

test('the inbox finds a German complaint by a word of its body and opens it from the keyboard', async ({ page, request }) => {
  const tag = `search-${randomUUID().slice(0, 8)}`;
  const created = await (await asIntegrator(request).post('/api/emails/inbound', complaint(tag))).json();
  await signIn(page, 'agent', '/emails');
  await page.getByLabel('Search subject, sender and text').fill('Perlmuttknöpfe');
  await page.getByRole('button', { name: 'Search' }).click();
  // :visible — while the search page replaces the inbox, a hidden copy of the old list (which has this mail too) may remain.
  const row = page.locator(`tr[data-email-id="${created.id}"]:visible`);
  await expect(row).toBeVisible();

  // The first j takes the newest mail itself, not the one after it.
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await expect(page.locator('tbody tr').first()).toBeFocused();
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/emails/${created.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Reklamation Lieferung ${tag}` })).toBeVisible();
  // The text part is always on the page (the HTML, when there is one, sits in a sandboxed iframe beside it).
  await expect(page.locator('#main pre').first()).toContainText('beschädigt');
});

test('a customer rates a person’s reply once with the one-click link', async ({ page, request }) => {
  const tag = `csat-${randomUUID().slice(0, 8)}`;
  const created = await (await asIntegrator(request).post('/api/emails/inbound', complaint(tag))).json();
  // The automatic acknowledgement asks for no rating; the reply a person writes does.
  await signIn(page, 'manager');
  const replied = await page.request.post(`/api/tasks/${taskIdOf(created.id)}/reply`, {
    data: { body: 'Dear Ms Müller,\n\nreplacement buttons left our workshop today.' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(replied.status()).toBe(201);
  const token = csatTokenOf(created.id);

  await page.goto(`/csat/${token}?rating=4`);
  await expect(page.getByRole('radio', { name: /Good/ })).toBeChecked();
  await page.getByLabel(/Anything you would like to add/).fill('Prompt and polite.');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you');

  await page.goto(`/csat/${token}?rating=1`);
  await expect(page.getByRole('heading', { name: 'Thank you — already rated' })).toBeVisible();
  const again = await request.post(`/api/csat/${token}`, { data: { rating: 1 } });
  expect(again.status()).toBe(409);
});

test('an agent cannot see admin settings', async ({ page }) => {
  await signIn(page, 'agent');
  await expect(page.getByRole('navigation', { name: 'Staff', exact: true }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  const response = await page.goto('/settings');
  // The area's layout refuses the role above the loading boundary: a real 404, with the not-found page in the staff shell.
  expect(response?.status()).toBe(404);
  // Not even in the page's payload: the settings page checks the role itself too.
  expect(await response?.text()).not.toContain('API keys');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to open here' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your start page' })).toBeVisible();
  await expect(page.getByText('API keys')).toHaveCount(0);
});

test('dashboard, inbox, email detail and KPI pages have no serious accessibility violations', async ({ page, request }) => {
  const created = await (await asIntegrator(request).post('/api/emails/inbound', complaint(`axe-${randomUUID().slice(0, 8)}`))).json();
  await signIn(page, 'manager');
  for (const path of ['/dashboard', '/emails', `/emails/${created.id}`, '/kpi']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
});

test('an agent changes a task from the keyboard: arrowing a select saves nothing, focus stays, each outcome is announced', async ({ page, request }) => {
  const created = await (await asIntegrator(request).post('/api/emails/inbound', complaint(`keys-${randomUUID().slice(0, 8)}`))).json();
  await signIn(page, 'agent', `/emails/${created.id}`);
  const task = page.getByRole('region', { name: 'Task' });
  const said = task.getByRole('status');
  const priority = task.getByLabel('Priority');
  await priority.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await priority.locator('option:checked').innerText();
  // Arrowing through the options only chooses; nothing is sent until Save.
  await expect(said).toHaveText('');
  await page.keyboard.press('Tab');
  const save = task.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(said).toHaveText(`Priority set to ${chosen}.`);
  await expect(save).toBeFocused();

  const close = task.getByRole('button', { name: 'Close task' });
  // Until the page has the saved priority, the task's buttons say they are unavailable (aria-disabled).
  await expect(close).toBeEnabled();
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(said).toHaveText('Task closed.');
  await expect(task.getByRole('button', { name: 'Reopen' })).toBeFocused();
});

test('an admin removes (after saying yes) and re-adds a member and fixes an inverted SLA from the keyboard, told what happened at each step', async ({ page }) => {
  await signIn(page, 'admin', '/teams');
  const unit = page.getByRole('group', { name: 'Customer Service' });
  const said = unit.getByRole('status');
  const remove = unit.getByRole('button', { name: 'Remove Arthur Agent from the unit' });
  const asked: string[] = [];
  // The first answer is no: Arthur stays and focus is back on the button; the second is yes.
  const answers = [false, true];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void (answers.shift() ? dialog.accept() : dialog.dismiss());
  });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => asked.length).toBe(1);
  await expect(remove).toBeFocused();
  await expect(said).toHaveText('');
  await page.keyboard.press('Enter');
  await expect(said).toHaveText('Removed Arthur Agent from Customer Service.');
  expect(asked).toEqual(Array(2).fill('Remove Arthur Agent from Customer Service? Tasks already assigned to them stay theirs.'));
  // The pressed button left with its row: focus waits on the unit, not on the page.
  await expect(unit).toBeFocused();

  const add = unit.getByLabel('Add a member');
  await add.selectOption({ label: 'Arthur Agent' });
  await unit.getByRole('button', { name: 'Add', exact: true }).press('Enter');
  await expect(said).toHaveText('Added Arthur Agent to Customer Service.');
  await expect(add).toBeFocused();
  await expect(unit.getByRole('rowheader', { name: /Arthur Agent/ })).toBeVisible();

  const urgent = unit.getByLabel('urgent', { exact: true });
  const high = await unit.getByLabel('high', { exact: true }).inputValue();
  await urgent.fill(String(Number(high) + 1));
  await unit.getByRole('button', { name: 'Save SLA' }).press('Enter');
  await expect(urgent).toHaveAttribute('aria-invalid', 'true');
  await expect(urgent).toHaveAccessibleDescription(`must not be longer than High (${high} min)`);
  await expect(unit.getByText(/sla\./)).toHaveCount(0);
  // Editing again clears the message about the old numbers.
  await urgent.fill('1');
  await expect(urgent).not.toHaveAttribute('aria-invalid', 'true');
});

test('a manager confirms an order from the keyboard and hears it; focus stays in the order actions', async ({ page, request }) => {
  const { number } = await (await asIntegrator(request).post('/api/orders', royalOrder('HB-SPC-004', 1), { 'idempotency-key': randomUUID() })).json();
  await signIn(page, 'manager', `/orders/${number}`);
  const actions = page.getByRole('group', { name: 'Order status' });
  await actions.getByRole('button', { name: 'Confirm' }).press('Enter');
  await expect(actions.getByRole('status')).toHaveText(`Order ${number} confirmed.`);
  await expect(actions).toBeFocused();
  await expect(actions.getByRole('button', { name: 'Mark shipped' })).toBeVisible();
});
