import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/** Center Control: the platform operators' pages. Each is its own lazy chunk. */
export const HOST_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'tenants' },
  {
    path: 'tenants',
    title: 'Tenants · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Tenants)],
    loadComponent: () => import('./tenants/tenant-list/tenant-list').then((m) => m.TenantList),
  },
  {
    path: 'tenants/:id/features',
    title: 'Tenant features · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.TenantsManageFeatures)],
    loadComponent: () =>
      import('./tenants/tenant-features/tenant-features').then((m) => m.TenantFeatures),
  },
  {
    path: 'tenants/:id/policies',
    title: 'Tenant policies · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Policies)],
    loadComponent: () =>
      import('./tenants/tenant-policies/tenant-policies').then((m) => m.TenantPolicies),
  },
  {
    path: 'editions',
    title: 'Editions · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Editions)],
    loadComponent: () => import('./editions/edition-list/edition-list').then((m) => m.EditionList),
  },
  {
    path: 'editions/new',
    title: 'New edition · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.EditionsCreate)],
    loadComponent: () =>
      import('./editions/edition-editor/edition-editor').then((m) => m.EditionEditor),
  },
  {
    path: 'editions/:id/policies',
    title: 'Edition policies · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Policies)],
    loadComponent: () =>
      import('./editions/edition-policies/edition-policies').then((m) => m.EditionPolicies),
  },
  {
    path: 'editions/:id',
    title: 'Edit edition · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.EditionsEdit)],
    loadComponent: () =>
      import('./editions/edition-editor/edition-editor').then((m) => m.EditionEditor),
  },
  {
    path: 'policies',
    title: 'Platform policies · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Policies)],
    loadComponent: () =>
      import('./policies/platform-policies/platform-policies').then((m) => m.PlatformPolicies),
  },
];
