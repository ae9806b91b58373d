import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth.guard';
import { permissionGuard } from './core/permissions/permission.guard';
import { Permissions } from './core/permissions/permissions';
import { Shell } from './layout/shell';

/**
 * Every page is a lazy route, so the initial bundle only carries the layout, sign-in and the API plumbing.
 * Signed-out users see only the sign-in page.
 */
export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Commerce Backoffice',
    loadComponent: () => import('./sign-in/sign-in').then((m) => m.SignIn),
  },
  {
    path: '',
    component: Shell,
    canMatch: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'Dashboard · Commerce Backoffice',
        loadComponent: () => import('./dashboard/dashboard').then((m) => m.Dashboard),
      },
      {
        path: 'host',
        loadChildren: () => import('./host/host.routes').then((m) => m.HOST_ROUTES),
      },
      {
        path: 'tenant',
        loadChildren: () => import('./tenant/tenant.routes').then((m) => m.TENANT_ROUTES),
      },
      {
        path: 'stores',
        loadChildren: () => import('./stores/stores.routes').then((m) => m.STORES_ROUTES),
      },
      {
        path: 'catalog/transfers',
        loadChildren: () =>
          import('./catalog-transfers/catalog-transfers.routes').then(
            (m) => m.CATALOG_TRANSFERS_ROUTES,
          ),
      },
      {
        path: 'catalog',
        loadChildren: () => import('./catalog/catalog.routes').then((m) => m.CATALOG_ROUTES),
      },
      {
        path: 'inventory',
        title: 'Inventory · Commerce Backoffice',
        canMatch: [permissionGuard(Permissions.Inventory)],
        loadComponent: () => import('./inventory/stock-list/stock-list').then((m) => m.StockList),
      },
      {
        path: 'orders',
        loadChildren: () => import('./orders/orders.routes').then((m) => m.ORDERS_ROUTES),
      },
      {
        path: 'notifications',
        loadChildren: () =>
          import('./notifications/notifications.routes').then((m) => m.NOTIFICATIONS_ROUTES),
      },
      {
        path: 'forbidden',
        title: 'Not allowed · Commerce Backoffice',
        loadComponent: () => import('./forbidden/forbidden').then((m) => m.Forbidden),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
