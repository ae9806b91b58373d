import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { StockItemDto } from '../api/generated/models/stock-item-dto';
import { StockMovementDto } from '../api/generated/models/stock-movement-dto';
import { CATALOG_OWNER } from './catalog';

/** Test data: a store owner who may also change the low-stock settings. */
export const INVENTORY_OWNER: ApplicationConfigurationDto = {
  ...CATALOG_OWNER,
  grantedPermissions: [...CATALOG_OWNER.grantedPermissions, 'Commerce.Inventory.ManageSettings'],
};

/** Test data: the stock row of the T-shirt in M. */
export function stockItem(changes: Partial<StockItemDto> = {}): StockItemDto {
  return {
    variantId: 'v1',
    productId: 'p1',
    productTitle: 'T-Shirt',
    variantTitle: 'M',
    sku: 'TS-M',
    onHand: 5,
    reserved: 1,
    available: 4,
    lowStockThreshold: null,
    isLow: false,
    lastMovementTime: null,
    ...changes,
  };
}

/** Test data: a movement of the T-shirt in M. */
export function movement(changes: Partial<StockMovementDto> = {}): StockMovementDto {
  return {
    id: 'm1',
    variantId: 'v1',
    quantity: 5,
    onHandAfter: 5,
    reason: 'Received',
    userId: null,
    reference: null,
    note: null,
    time: '2026-11-24T10:00:00Z',
    ...changes,
  };
}
