import { Routes } from '@angular/router';
import { Shell } from './layout/shell';

/**
 * Every feature is a lazy child route of the shell, so the initial bundle
 * only carries the layout.
 */
export const routes: Routes = [
  {
    path: '',
    component: Shell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'Dashboard · Commerce Backoffice',
        loadComponent: () => import('./dashboard/dashboard').then((m) => m.Dashboard),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
