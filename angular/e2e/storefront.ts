import { APIRequestContext, Page, expect } from '@playwright/test';

/** A storefront customer the tests register. */
export interface Shopper {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

export function uniqueShopper(prefix = 'shopper'): Shopper {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  return {
    name: 'Ada Shopper',
    email: `${prefix}-${stamp}@example.test`,
    password: 'E2e-Shopper-2026',
  };
}

/** A store's own host on the e2e port (Chromium resolves *.localhost to loopback). */
export function storefrontUrl(slug: string, path = '/'): string {
  const base = new URL(process.env['E2E_BASE_URL'] ?? 'http://localhost:5000');
  return `${base.protocol}//${slug}.localhost:${base.port}${path}`;
}

export interface StockedProduct {
  readonly title: string;
  readonly handle: string;
}

/**
 * One product in the store: Color Amber or Teal at 24.00, published, active and with 10 of each in stock, made
 * through the API the way the backoffice makes it.
 */
export async function listProduct(
  api: APIRequestContext,
  authorization: string,
  storeId: string,
  title: string,
): Promise<StockedProduct> {
  const headers = { authorization };
  const post = async (url: string, data: unknown) => {
    const response = await api.post(url, { headers, data });
    expect(response.ok(), await response.text()).toBe(true);
    return response.status() === 204 ? null : response.json();
  };
  const handle = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const product = await post('/api/catalog/products', {
    title,
    handle,
    description: 'A hand-blown glass lantern.',
    price: 24,
    weightGrams: 400,
    options: [{ name: 'Color', values: ['Amber', 'Teal'] }],
    storeIds: [storeId],
  });
  await post(`/api/catalog/products/${product.id}/activate`, {});
  for (const variant of product.variants) {
    await post(`/api/inventory/stock/${variant.id}/changes`, { quantity: 10 });
  }
  return { title, handle };
}

export async function registerShopper(page: Page, slug: string, shopper: Shopper): Promise<void> {
  await page.goto(storefrontUrl(slug, '/account/register'));
  await page.getByLabel('Name').fill(shopper.name);
  await page.getByLabel('Email').fill(shopper.email);
  await page.getByLabel(/^Password/).fill(shopper.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

export async function signInShopper(page: Page, slug: string, shopper: Shopper): Promise<void> {
  await page.goto(storefrontUrl(slug, '/account/sign-in'));
  await page.getByLabel('Email').fill(shopper.email);
  await page.getByLabel('Password').fill(shopper.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

export async function signOutShopper(page: Page, slug: string): Promise<void> {
  await page.goto(storefrontUrl(slug, '/account'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Fills a US address on the checkout page and asks for the shipping options and totals. */
export async function fillUsAddress(page: Page): Promise<void> {
  await page.getByLabel('Full name').fill('Ada Shopper');
  await page.getByLabel('Address', { exact: true }).fill('1 Main Street');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel(/^State or region/).fill('IL');
  await page.getByLabel('Postal code').fill('62701');
  await page.getByLabel(/^Country code/).fill('US');
  await page.getByRole('button', { name: 'Continue to shipping' }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
}

/** On the reviewed checkout page: pays with the test gateway's card and returns the order number shown. */
export async function payWithTestCard(
  page: Page,
  method = 'Card (test gateway)',
  card = '4242424242424242',
): Promise<string> {
  await page.getByLabel(method, { exact: true }).check();
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel(/^Expiry/).fill('12/30');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: 'Place order' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Order #\d+$/ });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace('Order ', '').trim();
}
