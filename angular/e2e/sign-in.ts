import { Page, expect } from '@playwright/test';

/** The demo platform administrator that the DbMigrator seeds. */
export const PLATFORM_ADMIN = { email: 'admin@commerce.test', password: 'CommerceDemo-2026' };

/**
 * Signs in from the backoffice's sign-in page through the server's page (/account/login), with the store
 * account left empty for Center Control; ends back in the backoffice.
 */
export async function signIn(page: Page, user = PLATFORM_ADMIN, storeAccount = ''): Promise<void> {
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/account\/login/);
  await page.getByLabel('Store account').fill(storeAccount);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/admin\//);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
