import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/** A store's own administration: its staff and their roles. Each page is its own lazy chunk. */
export const TENANT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'staff' },
  {
    path: 'staff',
    title: 'Staff · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Users)],
    loadComponent: () => import('./staff/staff-list/staff-list').then((m) => m.StaffList),
  },
  {
    path: 'roles',
    title: 'Roles · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Roles)],
    loadComponent: () => import('./roles/role-list/role-list').then((m) => m.RoleList),
  },
  {
    path: 'roles/new',
    title: 'New role · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.RolesCreate)],
    loadComponent: () => import('./roles/role-editor/role-editor').then((m) => m.RoleEditor),
  },
  {
    // Read-only without Commerce.Identity.Roles.Edit (and for the owner role, which is fixed).
    path: 'roles/:id',
    title: 'Role · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Roles)],
    loadComponent: () => import('./roles/role-editor/role-editor').then((m) => m.RoleEditor),
  },
];
