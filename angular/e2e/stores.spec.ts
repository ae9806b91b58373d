import { Page, expect, test } from '@playwright/test';

import { signIn } from './sign-in';
import { NewTenant, createTenant, uniqueTenant } from './tenants';

/**
 * A new store account's owner opens a store: adds it, themes it (watching the preview follow), adds a shipping
 * method and enables payment methods; a reload shows everything saved. On the Free plan, the list says why a
 * second store is not possible. The steps share their tenants, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const tenant = uniqueTenant('stores');
const freeTenant = uniqueTenant('stores-free', 'Free');
const store = { name: `Shop ${tenant.slug}`, slug: `shop-${tenant.slug}` };
let storePath = '';
/** A red 1×1 PNG. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function signInToStore(page: Page, account: NewTenant, path = '/admin/') {
  await page.goto(path);
  await signIn(page, account.owner, account.slug);
  await expect(page.getByTestId('current-tenant')).toHaveText(account.name);
}

/** The store's Appearance tab, for the theme fields and the preview. */
async function openAppearance(page: Page) {
  await page.getByRole('tab', { name: 'Appearance' }).click();
  return page.getByRole('region', { name: 'Storefront preview' });
}

test('the platform administrator creates a Standard and a Free tenant', async ({ page }) => {
  await page.goto('/admin/');
  await signIn(page);
  await createTenant(page, tenant);
  await createTenant(page, freeTenant);
});

test('the owner adds a store and themes it, watching the preview', async ({ page }) => {
  await signInToStore(page, tenant);
  await menu(page).getByRole('link', { name: 'Stores' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stores' })).toBeVisible();
  await expect(page.getByText('No stores yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add store' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a store' });
  await dialog.getByLabel('Store name').fill(store.name);
  // The address follows the name until it is edited.
  await expect(dialog.getByLabel('Store address')).toHaveValue(store.slug);
  await expect(dialog.getByLabel('Currency')).toContainText('USD');
  await dialog.getByRole('button', { name: 'Add store' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${store.name} is created.`)).toBeVisible();

  await expect(page.getByRole('heading', { level: 1, name: store.name })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/stores\/[0-9a-f-]{36}$/);
  storePath = new URL(page.url()).pathname;
  await expect(page.getByLabel('Store address')).toHaveValue(store.slug);

  const preview = await openAppearance(page);
  const header = preview.getByTestId('preview-header');
  await expect(header).toHaveCSS('background-color', 'rgb(31, 41, 55)');
  await expect(header).toHaveCSS('color', 'rgb(255, 255, 255)');
  await page.getByLabel('Primary color', { exact: true }).fill('#ff5722');
  await expect(header).toHaveCSS('background-color', 'rgb(255, 87, 34)');
  // The text follows: dark on the bright orange (WCAG contrast), where it was white on the dark default.
  await expect(header).toHaveCSS('color', 'rgb(17, 17, 17)');
  await page.getByLabel('Accent color', { exact: true }).fill('#0f766e');
  await expect(preview.getByTestId('preview-hero-button')).toHaveCSS(
    'background-color',
    'rgb(15, 118, 110)',
  );

  // An uploaded logo: the field takes the address the host answers, whose picture the preview loads.
  await page.getByLabel('Choose the logo file').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
  });
  await expect(page.getByLabel('Logo URL')).toHaveValue(/^\/media\/store-media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/1920\.png$/);
  const logo = page.getByAltText('Preview of the logo');
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  await page.getByRole('button', { name: 'Add banner' }).click();
  const banner = page.getByRole('region', { name: 'Banner 1' });
  await banner.getByLabel('Title', { exact: true }).fill('Summer sale');
  await banner.getByLabel('Subtitle').fill('Everything 20% off');
  await banner.getByLabel('Image URL').fill('/images/summer.jpg');
  await expect(preview.getByTestId('preview-hero')).toContainText('Summer sale');
  await expect(preview.getByTestId('preview-hero')).toContainText('Everything 20% off');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`${store.name} is saved.`)).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
});

test('the owner adds a flat-rate shipping method', async ({ page }) => {
  test.skip(!storePath, 'needs the store of the test before');
  await signInToStore(page, tenant, storePath);
  await page.getByRole('tab', { name: 'Shipping' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Shipping methods' })).toBeVisible();

  await page.getByRole('button', { name: 'Add shipping method' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a shipping method' });
  await expect(dialog.getByLabel('Type')).toContainText('Flat rate');
  await dialog.getByLabel('Name').fill('Standard delivery');
  await dialog.getByLabel('Description').fill('2–4 business days');
  await dialog.getByLabel('Price').fill('5');
  await dialog.getByRole('button', { name: 'Add method' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Standard delivery is saved.')).toBeVisible();

  const row = page.getByRole('row', { name: /Standard delivery/ });
  await expect(row).toContainText('Flat rate');
  await expect(row).toContainText('$5.00');
  await expect(row).toContainText('Everywhere');
  await expect(row.getByRole('switch')).toBeChecked();
});

test('the owner enables the manual payment method and Stripe, whose secrets stay hidden', async ({
  page,
}) => {
  test.skip(!storePath, 'needs the store of the tests before');
  await signInToStore(page, tenant, storePath);
  await page.getByRole('tab', { name: 'Payments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Payment methods' })).toBeVisible();
  await expect(page.getByText('No payment methods yet')).toBeVisible();

  await page
    .getByRole('button', { name: 'Enable Manual (bank transfer, cash on delivery)' })
    .click();
  let dialog = page.getByRole('dialog', {
    name: 'Enable Manual (bank transfer, cash on delivery)',
  });
  await dialog.getByLabel('Name at checkout').fill('Bank transfer');
  await dialog.getByLabel('Instructions').fill('Pay into IBAN DE00 1234 5678 9000.');
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Bank transfer is saved.')).toBeVisible();
  const methods = page.getByRole('list', { name: 'Payment methods in checkout order' });
  await expect(methods.locator('[data-provider="manual"]')).toContainText('Bank transfer');
  await expect(methods.locator('[data-provider="manual"]')).toContainText('Enabled');

  await page.getByRole('button', { name: 'Enable Stripe' }).click();
  dialog = page.getByRole('dialog', { name: 'Enable Stripe' });
  await dialog.getByRole('button', { name: 'Enable' }).click();
  // Every Stripe setting is required: nothing is sent until they are filled.
  await expect(dialog.getByText('Required.')).toHaveCount(3);
  await dialog.getByLabel('Publishable key').fill('pk_test_e2e');
  await dialog.getByLabel('Secret key').fill('sk_test_e2e');
  await dialog.getByLabel('Webhook signing secret').fill('whsec_e2e');
  await expect(dialog.getByLabel('Secret key')).toHaveAttribute('type', 'password');
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toBeHidden();
  await expect(methods.locator('[data-provider="stripe"]')).toContainText('Stripe');

  // Secrets are write-only: editing shows that they are set, never their values.
  await page.getByRole('button', { name: 'Edit Stripe' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit Stripe' });
  await expect(dialog.getByLabel('Publishable key')).toHaveValue('pk_test_e2e');
  await expect(dialog.getByLabel('Secret key')).toHaveValue('');
  await expect(dialog.getByText('•••• set')).toHaveCount(2);
  // Saving with the secrets left empty keeps them (the host would refuse a required secret it does not hold).
  await dialog.getByLabel('Name at checkout').fill('Card (Stripe)');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(methods.locator('[data-provider="stripe"]')).toContainText('Card (Stripe)');
});

test('a reload shows the theme, the shipping method and the payment methods saved', async ({
  page,
}) => {
  test.skip(!storePath, 'needs the store of the tests before');
  await signInToStore(page, tenant, storePath);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: store.name })).toBeVisible();

  const preview = await openAppearance(page);
  await expect(page.getByLabel('Primary color', { exact: true })).toHaveValue('#ff5722');
  await expect(page.getByLabel('Accent color', { exact: true })).toHaveValue('#0f766e');
  await expect(preview.getByTestId('preview-header')).toHaveCSS(
    'background-color',
    'rgb(255, 87, 34)',
  );
  await expect(
    page.getByRole('region', { name: 'Banner 1' }).getByLabel('Title', { exact: true }),
  ).toHaveValue('Summer sale');
  await expect(preview.getByTestId('preview-hero')).toContainText('Summer sale');

  await page.getByRole('tab', { name: 'Shipping' }).click();
  await expect(page.getByRole('row', { name: /Standard delivery/ })).toContainText('$5.00');

  await page.getByRole('tab', { name: 'Payments' }).click();
  const methods = page.getByRole('list', { name: 'Payment methods in checkout order' });
  await expect(methods.getByRole('listitem')).toHaveCount(2);
  await expect(methods.getByRole('listitem').first()).toContainText('Bank transfer');
  await expect(methods.getByRole('listitem').nth(1)).toContainText('Card (Stripe)');

  await menu(page).getByRole('link', { name: 'Stores' }).click();
  const row = page.getByRole('row', { name: new RegExp(store.name) });
  await expect(row).toContainText(`${store.slug}.`);
  await expect(row).toContainText('Open');
  await expect(row).toContainText('USD');
});

test('on the Free plan, the list says why a second store is not possible', async ({ page }) => {
  await signInToStore(page, freeTenant, '/admin/stores');
  await expect(page.getByRole('heading', { level: 1, name: 'Stores' })).toBeVisible();
  await page.getByRole('button', { name: 'Add store' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a store' });
  await dialog.getByLabel('Store name').fill(`Only ${freeTenant.slug}`);
  await dialog.getByRole('button', { name: 'Add store' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 1, name: `Only ${freeTenant.slug}` }),
  ).toBeVisible();

  await menu(page).getByRole('link', { name: 'Stores' }).click();
  await expect(
    page.getByRole('row', { name: new RegExp(`Only ${freeTenant.slug}`) }),
  ).toBeVisible();
  await expect(page.getByTestId('store-limit')).toContainText('Your plan includes one store');
  await expect(page.getByRole('button', { name: 'Add store' })).toHaveCount(0);
});
