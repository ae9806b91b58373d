import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { ProductDto } from '../api/generated/models/product-dto';
import { STORE_OWNER } from './application-configurations';

/** Every permission over the catalog and stock, as the owner role holds them. */
export const CATALOG_PERMISSIONS = [
  'Commerce.Catalog.AttributeSets',
  'Commerce.Catalog.AttributeSets.Create',
  'Commerce.Catalog.AttributeSets.Edit',
  'Commerce.Catalog.AttributeSets.Delete',
  'Commerce.Catalog.Categories',
  'Commerce.Catalog.Categories.Create',
  'Commerce.Catalog.Categories.Edit',
  'Commerce.Catalog.Categories.Delete',
  'Commerce.Catalog.Products',
  'Commerce.Catalog.Products.Create',
  'Commerce.Catalog.Products.Edit',
  'Commerce.Catalog.Products.Delete',
  'Commerce.Inventory',
  'Commerce.Inventory.Adjust',
];

/** Test data: a store owner granted every catalog permission. */
export const CATALOG_OWNER: ApplicationConfigurationDto = {
  ...STORE_OWNER,
  grantedPermissions: [...STORE_OWNER.grantedPermissions, ...CATALOG_PERMISSIONS],
};

/** Test data: a T-shirt in sizes S and M. */
export function product(changes: Partial<ProductDto> = {}): ProductDto {
  return {
    id: 'p1',
    title: 'T-Shirt',
    handle: 't-shirt',
    status: 'Draft',
    tags: [],
    storeIds: [],
    categoryIds: [],
    attributeValues: [],
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      { id: 'v1', optionValues: ['S'], price: 19.99, sku: 'TS-S', position: 0, storePrices: [] },
      { id: 'v2', optionValues: ['M'], price: 19.99, sku: 'TS-M', position: 1, storePrices: [] },
    ],
    version: 4,
    ...changes,
  };
}
