import { inject } from '@angular/core';
import { CanMatchFn, Router, Routes } from '@angular/router';

import { ConfigService } from '../core/config/config.service';
import { Permissions } from '../core/permissions/permissions';

/** The page is for whoever may import or export; else the "not allowed" page. */
const importOrExport: CanMatchFn = () => {
  const config = inject(ConfigService);
  return (
    config.isGranted(Permissions.ProductsImport) ||
    config.isGranted(Permissions.ProductsExport) ||
    inject(Router).parseUrl('/forbidden')
  );
};

/** /catalog/transfers: products in and out as CSV; the page shows each action by its own permission. */
export const CATALOG_TRANSFERS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Import / export · Commerce Backoffice',
    canMatch: [importOrExport],
    loadComponent: () => import('./catalog-transfers').then((m) => m.CatalogTransfers),
  },
];
