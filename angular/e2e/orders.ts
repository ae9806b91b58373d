import { Page, expect } from '@playwright/test';

import { signIn } from './sign-in';

/** The demo store owner that the DbMigrator seeds, with the store account that names the demo tenant. */
export const DEMO_OWNER = { email: 'owner@demo.commerce.test', password: 'DemoOwner-2026' };
export const DEMO_ACCOUNT = 'demo';

/** The test gateway's card that authorizes and is captured at once. */
export const CAPTURED_CARD = '4242424242424242';

export interface PlacedOrder {
  readonly orderId: string;
  readonly number: string;
}

/** Signs in to the backoffice as the demo owner; the page keeps the access token for API calls. */
export async function signInAsDemoOwner(page: Page): Promise<string> {
  await page.goto('/admin/');
  await signIn(page, DEMO_OWNER, DEMO_ACCOUNT);
  const token = await page.evaluate(() => sessionStorage.getItem('access_token'));
  expect(token).toBeTruthy();
  return token as string;
}

/**
 * Prepares what a shopper buys, as staff through the API: a product listed in the demo store, active, with
 * stock. Returns the demo store's id, the product's variant and the store's test gateway method.
 */
export async function stockedProduct(
  page: Page,
  token: string,
  title: string,
): Promise<{ storeId: string; variantId: string; cardMethodId: string }> {
  const headers = { Authorization: `Bearer ${token}` };
  const stores = await page.request.get('/api/stores', { headers });
  expect(stores.ok()).toBe(true);
  const store = ((await stores.json()) as { id: string; slug: string }[]).find(
    (s) => s.slug === 'demo',
  );
  expect(store).toBeTruthy();
  const created = await page.request.post('/api/catalog/products', {
    headers,
    data: { title, price: 24.5, weightGrams: 200, storeIds: [store!.id] },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const product = (await created.json()) as { id: string; variants: { id: string }[] };
  const activated = await page.request.post(`/api/catalog/products/${product.id}/activate`, {
    headers,
  });
  expect(activated.ok(), await activated.text()).toBe(true);
  const variantId = product.variants[0].id;
  const stocked = await page.request.post(`/api/inventory/stock/${variantId}/changes`, {
    headers,
    data: { quantity: 10, reason: 'Received' },
  });
  expect(stocked.ok(), await stocked.text()).toBe(true);
  const listed = await page.request.get(`/api/storefront/stores/${store!.id}/payment-options`, {
    headers: { __tenant: DEMO_ACCOUNT },
  });
  expect(listed.ok(), await listed.text()).toBe(true);
  const options = (await listed.json()) as { id: string; provider: string }[];
  const cardMethodId = options.find((m) => m.provider === 'test-gateway')!.id;
  return { storeId: store!.id, variantId, cardMethodId };
}

/** Places an order as a guest through the headless storefront API, paid with the test gateway's card. */
export async function placeOrderThroughStorefrontApi(
  page: Page,
  storeId: string,
  variantId: string,
  cardMethodId: string,
  email: string,
): Promise<PlacedOrder> {
  const headers = { __tenant: DEMO_ACCOUNT };
  const base = `/api/storefront/stores/${storeId}`;
  const address = {
    name: 'Ada Shopper',
    line1: '1 Main Street',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    countryCode: 'US',
  };
  const lines = [{ variantId, quantity: 2 }];
  const shipping = await page.request.post(`${base}/shipping-options`, {
    headers,
    data: { lines, countryCode: address.countryCode, region: address.region },
  });
  expect(shipping.ok(), await shipping.text()).toBe(true);
  const shippingOptions = (await shipping.json()) as { id: string }[];
  const placed = await page.request.post(`${base}/orders`, {
    headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      email,
      lines,
      shippingAddress: address,
      shippingMethodId: shippingOptions[0].id,
      paymentMethodId: cardMethodId,
      payment: { cardNumber: CAPTURED_CARD, cardExpiry: '12/30', cardCvc: '123' },
    },
  });
  expect(placed.ok(), await placed.text()).toBe(true);
  const result = (await placed.json()) as { orderId: string; number: string; status: string };
  expect(result.status).toBe('Paid');
  return { orderId: result.orderId, number: result.number };
}

/**
 * The staff's part after a purchase: on the signed-in backoffice, finds the order by its number in the list, opens
 * it, fulfils every line with UPS and tracking, and sees it Shipped with the tracking link and the timeline entry.
 */
export async function fulfilOrderAsStaff(page: Page, number: string): Promise<void> {
  await page.goto('/admin/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill(number);
  const row = page.locator(`tr[data-order="${number}"]`);
  await expect(row).toBeVisible();
  await expect(page.locator('tr[data-order]')).toHaveCount(1);
  await row.getByRole('link', { name: number }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('Paid');
  await page.getByRole('button', { name: 'Fulfil' }).click();
  const dialog = page.getByRole('dialog', { name: `Fulfil ${number}` });
  const tracking = `1Z${Date.now()}`;
  await dialog.getByRole('textbox', { name: 'Carrier' }).fill('UPS');
  await dialog.getByRole('textbox', { name: 'Tracking number' }).fill(tracking);
  await dialog
    .getByRole('textbox', { name: 'Tracking URL' })
    .fill(`https://www.ups.com/track?tracknum=${tracking}`);
  await dialog.getByRole('button', { name: 'Ship' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('status')).toHaveText('Shipped');
  const link = page.getByTestId('tracking-link');
  await expect(link).toHaveText(tracking);
  await expect(link).toHaveAttribute('href', `https://www.ups.com/track?tracknum=${tracking}`);
  await expect(page.getByTestId('timeline-entry').first()).toHaveAttribute('data-kind', 'Shipped');
}
