import { expect, test } from '@playwright/test';

import { signIn } from './sign-in';
import { createTenant, tenantAction, uniqueTenant } from './tenants';

test('a platform administrator creates a tenant on Standard and overrides one of its features', async ({
  page,
}) => {
  const tenant = uniqueTenant();
  const { name } = tenant;

  await page.goto('/admin/');
  await signIn(page);

  await createTenant(page, tenant);
  await tenantAction(page, tenant, 'Features');

  await expect(page.getByRole('heading', { level: 1, name: `Features of ${name}` })).toBeVisible();
  const products = page.getByRole('textbox', { name: 'Products', exact: true });
  await expect(products).not.toHaveValue('');
  await products.fill('5000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Features saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Features of ${name}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Products', exact: true })).toHaveValue('5000');
  await expect(
    page.locator('[data-feature="Commerce.Catalog.MaxProductCount"]').getByText('Overridden'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Clear override of Products' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Features saved.')).toBeVisible();
  await expect(
    page.locator('[data-feature="Commerce.Catalog.MaxProductCount"]').getByText('Plan value'),
  ).toBeVisible();
});

test('a platform administrator creates, edits and deletes an edition', async ({ page }) => {
  const name = `E2E${Date.now().toString(36)}`;

  await page.goto('/admin/host/editions');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Editions' })).toBeVisible();

  await page.getByRole('link', { name: 'New edition' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New edition' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Display name').fill(`${name} plan`);
  await page.getByRole('textbox', { name: 'Products', exact: true }).fill('750');
  await page.getByRole('switch', { name: 'Loyalty' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`${name} plan is saved.`)).toBeVisible();

  await page.getByRole('link', { name: `Edit ${name} plan` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name} plan` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Products', exact: true })).toHaveValue('750');
  await expect(page.getByRole('switch', { name: 'Loyalty' })).toBeChecked();
  await page.getByLabel('Display name').fill(`${name} renamed`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`${name} renamed is saved.`)).toBeVisible();

  await page.getByRole('button', { name: `Delete ${name} renamed` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`${name} renamed is deleted.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});

test("a platform administrator narrows a tenant's payment methods, then deletes the tenant", async ({
  page,
}) => {
  const tenant = uniqueTenant('policy');

  await page.goto('/admin/');
  await signIn(page);
  await createTenant(page, tenant);
  await tenantAction(page, tenant, 'Policies');

  await expect(
    page.getByRole('heading', { level: 1, name: `Policies of ${tenant.name}` }),
  ).toBeVisible();
  const payments = page.locator('[data-policy="Commerce.Policies.AllowedPaymentMethods"]');
  await expect(payments.getByText('Inherited')).toBeVisible();
  await expect(payments.getByRole('checkbox', { name: 'stripe' })).toBeChecked();
  await payments.getByRole('checkbox', { name: 'stripe' }).uncheck();
  await expect(payments.getByText('Set here')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Policies saved.')).toBeVisible();

  await page.reload();
  await expect(payments.getByRole('checkbox', { name: 'stripe' })).not.toBeChecked();
  await expect(payments.getByText('Set here')).toBeVisible();
  await expect(payments).toContainText('Effective: manual, test-gateway');

  await page.getByRole('link', { name: 'Back to tenants' }).click();
  const searched = page.waitForResponse((response) =>
    response.url().includes(`Filter=${tenant.slug}`),
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill(tenant.slug);
  await searched;
  await tenantAction(page, tenant, 'Delete…');
  const confirm = page.getByRole('dialog', { name: `Delete ${tenant.name}?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`${tenant.name} is deleted.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(tenant.slug) })).toHaveCount(0);
});

test('a platform administrator sees the platform policies', async ({ page }) => {
  await page.goto('/admin/');
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Platform policies' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform policies' })).toBeVisible();
  const retention = page.locator('[data-policy="Commerce.Policies.DataRetentionDays"]');
  await expect(retention.getByRole('textbox', { name: /Data retention/ })).not.toHaveValue('');
  await expect(page.getByRole('group', { name: 'Shipping method types' })).toBeVisible();
});
