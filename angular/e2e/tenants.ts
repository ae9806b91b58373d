import { Page, expect } from '@playwright/test';

/** A tenant the tests create, with its first owner. */
export interface NewTenant {
  readonly name: string;
  readonly slug: string;
  readonly edition: string;
  readonly owner: { readonly email: string; readonly password: string };
}

/** A tenant no earlier run has: a time-and-random stamp in its slug, name and owner email. */
export function uniqueTenant(prefix = 'e2e', edition = 'Standard'): NewTenant {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const slug = `${prefix}-${stamp}`;
  return {
    name: `E2E Shop ${stamp}`,
    slug,
    edition,
    owner: { email: `owner@${slug}.test`, password: 'E2e-Owner-2026' },
  };
}

/**
 * As a signed-in platform administrator: creates the tenant from the Tenants page, then finds its row by
 * searching for the slug. Returns the row.
 */
export async function createTenant(page: Page, tenant: NewTenant) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Tenants' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();

  await page.getByRole('button', { name: 'New tenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'New tenant' });
  await dialog.getByLabel('Name', { exact: true }).fill(tenant.name);
  await dialog.getByLabel('Slug').fill(tenant.slug);
  await dialog.getByLabel('Edition').click();
  await page.getByRole('option', { name: tenant.edition }).click();
  await dialog.getByLabel('Owner email').fill(tenant.owner.email);
  await dialog.getByLabel('Owner password').fill(tenant.owner.password);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${tenant.name} is created.`)).toBeVisible();

  const searched = page.waitForResponse((response) =>
    response.url().includes(`Filter=${tenant.slug}`),
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill(tenant.slug);
  await searched;
  const row = page.getByRole('row', { name: new RegExp(tenant.slug) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(tenant.edition);
  return row;
}

/** From the tenant's row: opens its actions menu and picks an entry ("Features", "Policies", …). */
export async function tenantAction(page: Page, tenant: NewTenant, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${tenant.name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}
