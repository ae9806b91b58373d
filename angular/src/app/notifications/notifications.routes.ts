import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/**
 * A store's notification templates, one template's editor and the log. Seeing needs Commerce.Notifications;
 * the editor saves and resets only with Commerce.Notifications.Templates.Manage.
 */
export const NOTIFICATIONS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Notifications · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Notifications)],
    loadComponent: () => import('./template-list/template-list').then((m) => m.TemplateList),
  },
  {
    // Link-ready: /notifications/log?orderId=… shows one order's notifications.
    path: 'log',
    title: 'Notification log · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Notifications)],
    loadComponent: () =>
      import('./notification-log/notification-log').then((m) => m.NotificationLog),
  },
  {
    path: ':storeId/:kind',
    title: 'Notification template · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Notifications)],
    loadComponent: () => import('./template-editor/template-editor').then((m) => m.TemplateEditor),
  },
];
