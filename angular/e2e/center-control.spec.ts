import { expect, test } from '@playwright/test';

import { signIn } from './sign-in';

test('a platform administrator creates a tenant on Standard and overrides one of its features', async ({
  page,
}) => {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const slug = `e2e-${stamp}`;
  const name = `E2E Shop ${stamp}`;

  await page.goto('/admin/');
  await signIn(page);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Tenants' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();

  await page.getByRole('button', { name: 'New tenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New tenant' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Slug').fill(slug);
  await dialog.getByLabel('Edition').click();
  await page.getByRole('option', { name: 'Standard' }).click();
  await dialog.getByLabel('Owner email').fill(`owner@${slug}.test`);
  await dialog.getByLabel('Owner password').fill('E2e-Owner-2026');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} is created.`)).toBeVisible();

  const searched = page.waitForResponse((response) => response.url().includes(`Filter=${slug}`));
  await page.getByRole('searchbox', { name: 'Search' }).fill(slug);
  await searched;
  const row = page.getByRole('row', { name: new RegExp(slug) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Standard');
  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Features' }).click();

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
