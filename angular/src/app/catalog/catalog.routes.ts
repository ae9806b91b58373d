import { Routes } from '@angular/router';

import { permissionGuard } from '../core/permissions/permission.guard';
import { Permissions } from '../core/permissions/permissions';

/**
 * The catalog: products (list and editor), the category tree and attribute sets. Each page is its own lazy
 * chunk; seeing needs the area's permission, and each page shows its actions by their own permissions.
 */
export const CATALOG_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'products' },
  {
    path: 'products',
    pathMatch: 'full',
    title: 'Products · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Products)],
    loadComponent: () => import('./products/product-list/product-list').then((m) => m.ProductList),
  },
  {
    path: 'products/new',
    title: 'Add product · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.ProductsCreate)],
    loadComponent: () =>
      import('./products/product-editor/product-editor').then((m) => m.ProductEditor),
  },
  {
    // Read-only without Commerce.Catalog.Products.Edit.
    path: 'products/:id',
    title: 'Product · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Products)],
    loadComponent: () =>
      import('./products/product-editor/product-editor').then((m) => m.ProductEditor),
  },
  {
    path: 'categories',
    title: 'Categories · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.Categories)],
    loadComponent: () => import('./categories/category-tree').then((m) => m.CategoryTree),
  },
  {
    path: 'attribute-sets',
    title: 'Attribute sets · Commerce Backoffice',
    canMatch: [permissionGuard(Permissions.AttributeSets)],
    loadComponent: () =>
      import('./attribute-sets/attribute-set-list').then((m) => m.AttributeSetList),
  },
];
