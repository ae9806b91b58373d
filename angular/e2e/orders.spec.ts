import { test } from '@playwright/test';

import {
  fulfilOrderAsStaff,
  placeOrderThroughStorefrontApi,
  signInAsDemoOwner,
  stockedProduct,
} from './orders';

/**
 * The orders pages' acceptance test: a guest buys through the headless storefront API with the test gateway's
 * card, and the demo owner finds the order by its number, ships it with UPS tracking and sees it Shipped.
 */
test('the owner ships a paid storefront order with UPS tracking', async ({ page }) => {
  const token = await signInAsDemoOwner(page);
  const stamp = Date.now();
  const { storeId, variantId, cardMethodId } = await stockedProduct(
    page,
    token,
    `Trail Bottle ${stamp}`,
  );
  const order = await placeOrderThroughStorefrontApi(
    page,
    storeId,
    variantId,
    cardMethodId,
    `ada.${stamp}@example.test`,
  );
  await fulfilOrderAsStaff(page, order.number);
});
