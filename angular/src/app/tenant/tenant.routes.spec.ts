import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CanMatchFn, Route, Router, UrlTree, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { Permissions } from '../core/permissions/permissions';
import {
  STORE_OWNER,
  STORE_STAFF,
  loadConfiguration,
  withPermissions,
} from '../testing/application-configurations';
import { TENANT_ROUTES } from './tenant.routes';

@Component({ template: '<h1>Not allowed</h1>' })
class ForbiddenStub {}

describe('TENANT_ROUTES', () => {
  const pages = TENANT_ROUTES.filter((route) => route.loadComponent);

  async function setUp(configuration: ApplicationConfigurationDto): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'tenant', children: TENANT_ROUTES },
          { path: 'forbidden', component: ForbiddenStub },
        ]),
      ],
    });
    await loadConfiguration(configuration);
  }

  /** What the page's canMatch guards answer: true, or where they send the user. */
  function canMatch(path: string): boolean | string {
    const route = TENANT_ROUTES.find((r) => r.path === path) as Route;
    for (const guard of route.canMatch ?? []) {
      const result = TestBed.runInInjectionContext(() => (guard as CanMatchFn)(route, []));
      if (result !== true) {
        return TestBed.inject(Router).serializeUrl(result as UrlTree);
      }
    }
    return true;
  }

  it('guards every page with a permission', () => {
    expect(pages.map((route) => route.path)).toEqual(['staff', 'roles', 'roles/new', 'roles/:id']);
    expect(pages.every((route) => (route.canMatch ?? []).length > 0)).toBe(true);
  });

  it('lets an owner open every page', async () => {
    await setUp(STORE_OWNER);
    for (const route of pages) {
      expect(canMatch(route.path!)).toBe(true);
    }
  });

  it('sends a member with the staff role to the "not allowed" page from every page', async () => {
    await setUp(STORE_STAFF);
    for (const route of pages) {
      expect(canMatch(route.path!)).toBe('/forbidden');
    }
  });

  it('opens Staff with Commerce.Identity.Users alone, and nothing about roles', async () => {
    await setUp(withPermissions(STORE_STAFF, [Permissions.Users]));
    expect(canMatch('staff')).toBe(true);
    expect(canMatch('roles')).toBe('/forbidden');
    expect(canMatch('roles/:id')).toBe('/forbidden');
  });

  it('shows roles read-only without the create permission: "new" is refused, not taken for an id', async () => {
    await setUp(withPermissions(STORE_STAFF, [Permissions.Roles]));
    expect(canMatch('roles')).toBe(true);
    expect(canMatch('roles/:id')).toBe(true);
    expect(canMatch('roles/new')).toBe('/forbidden');
  });

  it('routes a member who opens the Staff address to the "not allowed" page', async () => {
    await setUp(STORE_STAFF);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/tenant/staff');
    expect(TestBed.inject(Router).url).toBe('/forbidden');
    expect(harness.routeNativeElement?.textContent).toContain('Not allowed');
  });
});
