import { Page, expect, test } from '@playwright/test';

import { signIn } from './sign-in';
import { createTenant, uniqueTenant } from './tenants';

/**
 * The catalog's acceptance test: a new store account's owner creates an attribute set, then a product with two
 * options (Size S/M × Color Red/Blue) and generates its four variants, uploads an image (and sees a file that is
 * not an image refused), counts stock on a variant, and finds the product in the list by a misspelled search.
 * The steps share their tenant and product, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const tenant = uniqueTenant('catalog');
const product = { title: 'T-Shirt', handle: 't-shirt', misspelled: 'tshrit' };
let productPath = '';

/** A real 8×8 red PNG, made here so the test needs no file of its own. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8Fu7N9hAAAAAElFTkSuQmCC',
  'base64',
);

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function signInAsOwner(page: Page, path = '/admin/') {
  await page.goto(path);
  await signIn(page, tenant.owner, tenant.slug);
  await expect(page.getByTestId('current-tenant')).toHaveText(tenant.name);
}

test('the platform administrator creates a Standard tenant', async ({ page }) => {
  await page.goto('/admin/');
  await signIn(page);
  await createTenant(page, tenant);
});

test('the owner creates an attribute set', async ({ page }) => {
  await signInAsOwner(page);
  await menu(page).getByRole('link', { name: 'Attribute sets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attribute sets' })).toBeVisible();

  await page.getByRole('button', { name: 'Add attribute set' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an attribute set' });
  await dialog.getByLabel('Name', { exact: true }).fill('Apparel');
  await dialog.getByRole('button', { name: 'Add attribute', exact: true }).click();
  const attribute = dialog.getByRole('group', { name: 'Attribute 1' });
  await attribute.getByLabel('Label').fill('Material');
  // The code follows the label.
  await expect(attribute.getByLabel('Code')).toHaveValue('material');
  await dialog.getByRole('button', { name: 'Add attribute set' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Apparel is added.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Apparel/ })).toContainText('Material (Text)');
});

test('the owner creates a product with two options and generates its four variants', async ({
  page,
}) => {
  await signInAsOwner(page);
  await menu(page).getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  await page.getByRole('link', { name: 'Add product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add product' })).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill(product.title);
  // The handle is suggested from the title.
  await expect(page.getByLabel('Handle')).toHaveValue(product.handle);
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Soft cotton tee.');
  await page.getByLabel('Price', { exact: true }).fill('19.99');
  await page.getByLabel('Attribute set').click();
  await page.getByRole('option', { name: 'Apparel' }).click();
  await page.getByLabel('Material').fill('Cotton');
  await page.getByRole('button', { name: 'Create product' }).click();

  await expect(page.getByText(`${product.title} is created.`)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/catalog\/products\/[0-9a-f-]{36}$/);
  productPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: product.title })).toBeVisible();
  await expect(page.getByTestId('product-status')).toHaveText('Draft');
  await expect(page.getByLabel('Material')).toHaveValue('Cotton');
  await expect(page.getByRole('heading', { name: 'Variants (1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Add option' }).click();
  const size = page.getByRole('group', { name: 'Option 1' });
  await size.getByLabel('Option name').fill('Size');
  const sizeValues = size.getByRole('textbox', { name: 'Values of option 1' });
  await sizeValues.fill('S');
  await sizeValues.press('Enter');
  await sizeValues.fill('M');
  await sizeValues.press('Enter');

  await page.getByRole('button', { name: 'Add option' }).click();
  const color = page.getByRole('group', { name: 'Option 2' });
  await color.getByLabel('Option name').fill('Color');
  const colorValues = color.getByRole('textbox', { name: 'Values of option 2' });
  await colorValues.fill('Red');
  await colorValues.press('Enter');
  await colorValues.fill('Blue');
  await colorValues.press('Enter');
  await expect(page.getByTestId('variant-preview')).toContainText('4 combinations');

  await page.getByRole('button', { name: 'Generate variants' }).click();
  await expect(page.getByRole('heading', { name: 'Variants (4)' })).toBeVisible();
  const grid = page.getByRole('table', { name: 'Variants' });
  for (const name of ['S / Red', 'S / Blue', 'M / Red', 'M / Blue']) {
    await expect(grid.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  // Every variant starts from the first one's price.
  await expect(grid.getByLabel('Price of M / Blue', { exact: true })).toHaveValue('19.99');
});

test('the owner uploads an image, and a file that is not an image is refused', async ({ page }) => {
  test.skip(!productPath, 'needs the product of the test before');
  await signInAsOwner(page, productPath);
  await expect(page.getByRole('heading', { level: 1, name: product.title })).toBeVisible();

  const upload = page.getByLabel('Upload images');
  await upload.setInputFiles({
    name: 'notes.txt',
    mimeType: 'image/png',
    buffer: Buffer.from('no image'),
  });
  await expect(page.getByTestId('upload-errors')).toContainText('notes.txt');

  await upload.setInputFiles({ name: 'shirt.png', mimeType: 'image/png', buffer: PNG });
  const gallery = page.getByRole('list', { name: 'Product images in gallery order' });
  await expect(gallery.getByRole('listitem')).toHaveCount(1);
  const image = gallery.getByRole('img').first();
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  await gallery.getByLabel('Alt text').fill('A red T-shirt');
  await gallery.getByLabel('Alt text').press('Enter');
  await expect(page.getByText('The image is saved.')).toBeVisible();
});

test('the owner counts the stock of a variant', async ({ page }) => {
  test.skip(!productPath, 'needs the product of the tests before');
  await signInAsOwner(page, productPath);
  const onHand = page.getByLabel('On hand of S / Red');
  await expect(onHand).toHaveValue('0');
  await onHand.fill('12');
  await page.getByRole('button', { name: 'Set stock of S / Red' }).click();
  await expect(page.getByText('S / Red: 12 on hand.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('On hand of S / Red')).toHaveValue('12');
  await expect(page.getByLabel('On hand of M / Blue')).toHaveValue('0');
});

test('the owner deletes a variant and adds it back', async ({ page }) => {
  test.skip(!productPath, 'needs the product of the tests before');
  await signInAsOwner(page, productPath);
  await page.getByRole('button', { name: 'Delete M / Blue' }).click();
  await page
    .getByRole('dialog', { name: 'Delete M / Blue?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('heading', { name: 'Variants (3)' })).toBeVisible();

  const add = page.getByRole('form', { name: 'Add a variant' });
  await add.getByLabel('Size').click();
  await page.getByRole('option', { name: 'M', exact: true }).click();
  await add.getByLabel('Color').click();
  await page.getByRole('option', { name: 'Blue' }).click();
  await add.getByLabel('Price').fill('21');
  await add.getByRole('button', { name: 'Add variant' }).click();
  await expect(page.getByRole('heading', { name: 'Variants (4)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Variants' }).getByLabel('Price of M / Blue', { exact: true }),
  ).toHaveValue('21');
});

test('the owner finds the product by a misspelled search', async ({ page }) => {
  test.skip(!productPath, 'needs the product of the tests before');
  await signInAsOwner(page, '/admin/catalog/products');
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

  const searched = page.waitForResponse((response) =>
    response.url().includes(`Filter=${product.misspelled}`),
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill(product.misspelled);
  await searched;
  const row = page.getByRole('row', { name: new RegExp(product.title) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('4');

  await row.getByRole('link', { name: product.title }).click();
  await expect(page).toHaveURL(new RegExp(`${productPath}$`));
});

test('the owner builds a category tree; a category with subcategories is not deleted', async ({
  page,
}) => {
  await signInAsOwner(page);
  await menu(page).getByRole('link', { name: 'Categories' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
  await expect(page.getByText('No categories yet.')).toBeVisible();

  for (const name of ['Clothing', 'Shirts']) {
    await page.getByRole('button', { name: 'Add category' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a category' });
    await dialog.getByLabel('Name').fill(name);
    await expect(dialog.getByLabel('Handle')).toHaveValue(name.toLowerCase());
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${name} is added.`)).toBeVisible();
  }
  const tree = page.getByRole('list', { name: 'Category tree' });
  await expect(tree.getByRole('listitem')).toHaveCount(2);

  // Shirts moves into Clothing, the row above it.
  await page.getByRole('button', { name: 'Actions for Shirts' }).click();
  await page.getByRole('menuitem', { name: 'Move into the one above' }).click();
  await expect(tree.locator('[data-category="Shirts"]')).toHaveAttribute('aria-level', '2');

  await page.getByRole('button', { name: 'Actions for Shirts' }).click();
  await page.getByRole('menuitem', { name: 'Hide' }).click();
  await expect(page.getByText('Shirts is hidden.')).toBeVisible();
  await expect(tree.locator('[data-category="Shirts"]')).toContainText('Hidden');

  await page.getByRole('button', { name: 'Actions for Clothing' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page
    .getByRole('dialog', { name: 'Delete Clothing?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText("The category 'Clothing' has subcategories")).toBeVisible();
  await expect(tree.getByRole('listitem')).toHaveCount(2);
});
