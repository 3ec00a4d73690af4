import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import { asIntegrator, signIn } from './fixtures';

// The e2e server's database (playwright.config.ts: DATABASE_URL=file:./data/e2e.db), read to find the queued email.
const E2E_DB = 'data/e2e.db';

function outboxFor(orderNumber: string) {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT m.kind, m.toAddress, m.subject, m.text FROM OutboxMessage m JOIN "Order" o ON o.id = m.orderId WHERE o.number = ? ORDER BY m.createdAt')
      .all(orderNumber) as { kind: string; toAddress: string; subject: string; text: string }[];
  } finally {
    db.close();
  }
}

async function fillAddress(page: Page, street: string, postalCode: string, city: string) {
  await page.getByLabel('Street and house number').fill(street);
  await page.getByLabel('Postal code').fill(postalCode);
  await page.getByLabel('City').fill(city);
}

test('a guest browses, keeps the cart over a reload, checks out step by step and is confirmed by email', async ({ page }) => {
  const email = `guest-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto('/');
  await page.getByRole('region', { name: 'Our collections' }).getByRole('link', { name: /Standard Line/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standard Line' })).toBeVisible();
  await page.getByRole('link', { name: /Navy Coat Buttons/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Navy Coat Buttons/ })).toBeVisible();

  await page.getByRole('button', { name: 'Increase quantity' }).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer.getByRole('link', { name: /Navy Coat Buttons/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close cart' }).click();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Cart, 2 items' })).toBeVisible();

  await page.goto('/cart');
  await expect(page.getByTestId('order-total')).toBeVisible();
  await page.getByRole('link', { name: 'Proceed to checkout' }).click();

  // Step 1: errors appear at the fields before anything is sent.
  await page.getByRole('button', { name: 'Continue to billing' }).click();
  await expect(page.getByText('Please enter a valid email address')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Your name').fill('Grace Guest');
  await fillAddress(page, 'Knopfallee 1', '80331', 'München');
  await page.getByRole('button', { name: 'Continue to billing' }).click();

  // A reload or the browser's Back and Forward keep the checkout: the step is in the URL, what was typed in this tab.
  await expect(page).toHaveURL(/\/checkout\?step=billing$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Billing & payment' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Contact & shipping' })).toBeFocused();
  await expect(page.getByLabel('City')).toHaveValue('München');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Billing & payment' })).toBeFocused();

  // Step 2: a guest pays in advance; invoice is for business accounts.
  await expect(page.getByRole('radio', { name: /Pay on invoice/ })).toBeDisabled();
  await expect(page.getByRole('radio', { name: /Bank transfer in advance/ })).toBeChecked();
  await page.getByRole('button', { name: 'Review your order' }).click();

  // Step 3: the buyer named in the shipping and the billing block, the server's prices, then the order.
  await expect(page.getByText(/Grace Guest/)).toHaveCount(2);
  await expect(page.getByTestId('order-total')).toHaveText('€46.29'); // 2 × €14.50 + €9.90 shipping + 19 % VAT
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page).toHaveURL(/\/checkout\/confirmation\/HB-\d{4}-\d{6}\?token=/);
  const number = (await page.getByTestId('order-number').textContent())!;
  await expect(page.getByRole('heading', { name: 'Thank you, Grace Guest!' })).toBeVisible();
  await expect(page.getByText(/IBAN/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cart, 0 items' })).toBeVisible();

  const mail = outboxFor(number);
  expect(mail.map((m) => m.kind)).toEqual(['order_confirmation']);
  expect(mail[0].toAddress).toBe(email);
  expect(mail[0].subject).toContain(number);
  expect(mail[0].text).toContain('2 × Navy Coat Buttons');
  expect(mail[0].text).toContain('Knopfallee 1');
  expect(mail[0].text).toContain(`/checkout/confirmation/${number}?token=`);
});

test('a business buyer orders on invoice, staff ship it, and the buyer sees it shipped', async ({ page, browser }) => {
  await signIn(page, 'buyer');
  await page.goto('/shop/royal-sapphire-button');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('dialog', { name: 'Your cart' }).getByRole('link', { name: 'Checkout' }).click();
  await fillAddress(page, 'Handelsweg 5', '10115', 'Berlin');
  await page.getByRole('button', { name: 'Continue to billing' }).click();
  await expect(page.getByRole('radio', { name: /Pay on invoice/ })).toBeChecked();
  await page.getByRole('button', { name: 'Review your order' }).click();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\//);
  const number = (await page.getByTestId('order-number').textContent())!;

  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, 'admin', '/orders');
  await admin.getByRole('link', { name: number }).click();
  await admin.getByRole('button', { name: 'Confirm' }).click();
  await admin.getByRole('button', { name: 'Mark shipped' }).click();
  await expect(admin.getByRole('button', { name: 'Mark delivered' })).toBeVisible();
  await staff.close();

  await page.goto('/account');
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row.getByText('Shipped')).toBeVisible();
  await row.getByRole('link', { name: number }).click();
  await expect(page.getByRole('list', { name: 'Order progress' }).locator('[aria-current="step"]')).toHaveText('Shipped');
  expect(outboxFor(number).map((m) => m.kind)).toEqual(['order_confirmation', 'order_status', 'order_status']);
});

test('an integrator orders with an Idempotency-Key; the retry returns the same order', async ({ request }) => {
  const api = asIntegrator(request);
  const key = randomUUID();
  const order = {
    email: 'purchasing@royal-motors.de',
    contactName: 'Rita Royal',
    shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
    paymentMethod: 'INVOICE',
    items: [{ sku: 'HB-SPC-004', quantity: 3 }],
  };
  const first = await api.post('/api/orders', order, { 'idempotency-key': key });
  expect(first.status()).toBe(201);
  const again = await api.post('/api/orders', order, { 'idempotency-key': key });
  expect(again.status()).toBe(200);
  expect((await again.json()).number).toBe((await first.json()).number);
  expect((await api.post('/api/orders', order)).status()).toBe(400);
});

test('the prerendered catalog shows the stock an order left, and searches still answer per request', async ({ page, request }) => {
  const api = asIntegrator(request);
  const product = await (await api.get('/api/products/HB-STD-004')).json();
  await page.goto(`/shop/${product.slug}`);
  await expect(page.getByText(`${product.stock} in stock.`)).toBeVisible();

  const order = {
    email: 'purchasing@royal-motors.de',
    contactName: 'Rita Royal',
    shippingAddress: { line1: 'Werkstraße 1', postalCode: '70173', city: 'Stuttgart', country: 'DE' },
    paymentMethod: 'INVOICE',
    items: [{ sku: product.sku, quantity: 2 }],
  };
  expect((await api.post('/api/orders', order, { 'idempotency-key': randomUUID() })).status()).toBe(201);
  await page.reload();
  await expect(page.getByText(`${product.stock - 2} in stock.`)).toBeVisible();

  await page.goto(`/shop?q=${encodeURIComponent('jeans tack')}`);
  await expect(page.getByText('1 product matching “jeans tack”')).toBeVisible();
  // A collection's address with a search searches within that collection.
  await page.goto('/catalog/premium?q=sapphire');
  await expect(page.getByRole('heading', { level: 1, name: 'Premium Collection' })).toBeVisible();
  await expect(page.getByText('1 product matching “sapphire”')).toBeVisible();
});

test('a guest sees the product pictures of the catalog', async ({ page }) => {
  await page.goto('/shop');
  const pictures = page.locator('img[src^="/products/"]');
  expect(await pictures.count()).toBeGreaterThan(3);
  // The first pictures load at once; a picture answered with anything but an image (say, a redirect to the login
  // page) ends complete with no natural size. Pictures further down load lazily and are not looked at.
  const sizes = () => pictures.evaluateAll((imgs) => (imgs as HTMLImageElement[]).slice(0, 4).map((i) => (i.complete ? i.naturalWidth : -1)));
  await expect.poll(async () => (await sizes()).every((w) => w > 0)).toBe(true);
});

test('a visitor opens a collection by clicking it, and goes back to the whole catalog', async ({ page }) => {
  await page.goto('/shop');
  await page.waitForLoadState('networkidle'); // hydrated: the clicks below are the client router's
  const collections = page.getByRole('navigation', { name: 'Collections' });
  await collections.getByRole('link', { name: 'Premium Collection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Premium Collection' })).toBeVisible();
  await expect(collections.getByRole('link', { name: 'Premium Collection' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('a[href^="/shop/royal-sapphire-button"]').first()).toBeVisible();
  await expect(page.locator('a[href^="/shop/classic-shirt-buttons"]')).toHaveCount(0);

  await collections.getByRole('link', { name: 'All' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The catalog' })).toBeVisible();
  await expect(page.locator('a[href^="/shop/classic-shirt-buttons"]').first()).toBeVisible();
});
