import { expect, test } from '@playwright/test';

import { signIn } from './sign-in';

test('an anonymous visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/admin/');

  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Commerce Backoffice' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('the signed-in shell shows the dashboard, a healthy API and the user, and signs out', async ({
  page,
}) => {
  await page.goto('/admin/');
  await signIn(page);

  await expect(page).toHaveURL(/\/admin\/dashboard$/);
  await expect(page.getByRole('banner')).toContainText('Commerce');
  await expect(page.getByTestId('current-user')).not.toBeEmpty();
  await expect(page.getByRole('banner')).toContainText('Center Control');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('API: Healthy');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.goto('/admin/dashboard');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test('an expired access token is renewed with the refresh token', async ({ page }) => {
  await page.goto('/admin/');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Tokens live in sessionStorage; pretend the access token ran out while the tab was away.
  const expired = await page.evaluate(() => sessionStorage.getItem('access_token'));
  await page.evaluate(() => sessionStorage.setItem('expires_at', String(Date.now() - 60_000)));
  const refreshed = page.waitForResponse(
    (response) =>
      response.url().endsWith('/connect/token') &&
      /grant_type=refresh_token/.test(response.request().postData() ?? ''),
  );
  await page.reload();
  // The body is not read: the page may navigate before it can be, so the stored token is what is checked.
  expect((await refreshed).status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('access_token')))
    .not.toBe(expired);
  expect(await page.evaluate(() => sessionStorage.getItem('access_token'))).toBeTruthy();
});
