import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/** The order list and one order's page; the actions on it ask for their own permissions. */
export const ORDERS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Orders · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Orders)],
    loadComponent: () => import('./order-list/order-list').then((m) => m.OrderList),
  },
  {
    path: ':id',
    title: 'Order · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Orders)],
    loadComponent: () => import('./order-detail/order-detail').then((m) => m.OrderDetail),
  },
];
