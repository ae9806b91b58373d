import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/**
 * A store account's stores: the list, and each store's settings, shipping and payment methods. Each page is its
 * own lazy chunk; seeing needs Commerce.Stores, and each page shows its actions by their own permissions.
 */
export const STORES_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Stores · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Stores)],
    loadComponent: () => import('./store-list/store-list').then((m) => m.StoreList),
  },
  {
    // Read-only without Commerce.Stores.Edit.
    path: ':id',
    pathMatch: 'full',
    title: 'Store settings · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Stores)],
    loadComponent: () => import('./store-settings/store-settings').then((m) => m.StoreSettings),
  },
  {
    path: ':id/shipping',
    title: 'Shipping · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Stores)],
    loadComponent: () =>
      import('./shipping/shipping-methods/shipping-methods').then((m) => m.ShippingMethods),
  },
  {
    path: ':id/payments',
    title: 'Payments · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Stores)],
    loadComponent: () =>
      import('./payments/payment-methods/payment-methods').then((m) => m.PaymentMethods),
  },
];
