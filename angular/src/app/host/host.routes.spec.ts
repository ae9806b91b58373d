import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CanMatchFn, Route, Router, UrlTree, provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { Permissions } from '../core/permissions/permissions';
import {
  PLATFORM_ADMIN,
  STORE_OWNER,
  loadConfiguration,
  withPermissions,
} from '../testing/application-configurations';
import { HOST_ROUTES } from './host.routes';

describe('HOST_ROUTES', () => {
  async function setUp(configuration: ApplicationConfigurationDto): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await loadConfiguration(configuration);
  }

  function canMatch(path: string): boolean | string {
    const route = HOST_ROUTES.find((r) => r.path === path) as Route;
    for (const guard of route.canMatch ?? []) {
      const result = TestBed.runInInjectionContext(() => (guard as CanMatchFn)(route, []));
      if (result !== true) {
        return TestBed.inject(Router).serializeUrl(result as UrlTree);
      }
    }
    return true;
  }

  const policyPages = ['policies', 'editions/:id/policies', 'tenants/:id/policies'];

  it('guards every page with a permission', () => {
    const pages = HOST_ROUTES.filter((route) => route.loadComponent);
    expect(pages.every((route) => (route.canMatch ?? []).length > 0)).toBe(true);
    expect(pages.map((route) => route.path)).toEqual(expect.arrayContaining(policyPages));
  });

  it('opens the policy pages with Commerce.Policies', async () => {
    await setUp(withPermissions(PLATFORM_ADMIN, [Permissions.Policies]));
    for (const path of policyPages) {
      expect(canMatch(path)).toBe(true);
    }
  });

  it('refuses them without it, and to store users', async () => {
    await setUp(PLATFORM_ADMIN);
    for (const path of policyPages) {
      expect(canMatch(path)).toBe('/forbidden');
    }
    TestBed.resetTestingModule();
    await setUp(STORE_OWNER);
    expect(canMatch('policies')).toBe('/forbidden');
    expect(canMatch('tenants')).toBe('/forbidden');
  });
});
