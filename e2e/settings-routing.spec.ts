import { test, expect } from '@playwright/test';
import { signIn } from './fixtures';

test('an admin rewrites a reply subject, sees it in the preview at once, and it is kept after saving', async ({ page }) => {
  await signIn(page, 'admin', '/settings/templates');
  await expect(page.getByRole('heading', { name: 'Reply templates' })).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Reply templates' });
  await list.getByRole('button', { name: /General acknowledgement/ }).click();

  const subject = page.getByLabel('Subject');
  await subject.fill('We have your message, {{customer_name}} — case {{reference}}');
  await expect(page.getByTestId('preview-subject')).toHaveText('We have your message, Lady Amelia Button — case HB-3F2A9C1D');

  await subject.fill('Hello {{first_name}}');
  await expect(page.getByRole('alert').filter({ hasText: 'Unknown variable {{first_name}}' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save template' })).toBeDisabled();

  await subject.fill('We have your message, {{customer_name}} — case {{reference}}');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await list.getByRole('button', { name: /General acknowledgement/ }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('We have your message, {{customer_name}} — case {{reference}}');
});

test('an admin moves a routing rule up with the keyboard, the order holds after reload, and a sample follows it', async ({ page }) => {
  await signIn(page, 'admin', '/settings/routing');
  await expect(page.getByRole('heading', { name: 'Routing rules' })).toBeVisible();
  const rows = page.locator('tbody tr[data-rule-key]');
  await expect(rows.nth(0)).toHaveAttribute('data-rule-key', 'order_pdf');
  await expect(rows.nth(1)).toHaveAttribute('data-rule-key', 'invoice_pdf');

  await page.getByRole('button', { name: 'Move Invoice PDF to Finance up' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(0)).toHaveAttribute('data-rule-key', 'invoice_pdf');
  // First in line it cannot go further up; focus waits on its other move button.
  await expect(page.getByRole('button', { name: 'Move Invoice PDF to Finance down' })).toBeFocused();

  await page.reload();
  await expect(rows.nth(0)).toHaveAttribute('data-rule-key', 'invoice_pdf');
  await expect(rows.nth(1)).toHaveAttribute('data-rule-key', 'order_pdf');

  // An email with both PDFs now goes to Finance: the real router, run by the server, says so and why.
  await page.getByLabel('Subject', { exact: true }).fill('Documents for March');
  await page.getByLabel('Attachment names').fill('order_4711.pdf, invoice_4711.pdf');
  await page.getByRole('button', { name: 'Test routing' }).click();
  const outcome = page.getByTestId('sample-outcome');
  await expect(outcome).toContainText('Invoice PDF to Finance');
  await expect(outcome).toContainText('attachment invoice_4711.pdf matched invoice_pdf');

  await page.getByRole('button', { name: 'Move Invoice PDF to Finance down' }).click();
  await expect(rows.nth(0)).toHaveAttribute('data-rule-key', 'order_pdf');
});
