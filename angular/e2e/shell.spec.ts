import { expect, test } from '@playwright/test';

test('the backoffice shell shows the dashboard and a healthy API', async ({ page }) => {
  await page.goto('/admin/');

  await expect(page.getByRole('banner')).toContainText('Commerce');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('API: Healthy');
  await expect(page).toHaveURL(/\/admin\/dashboard$/);
});
