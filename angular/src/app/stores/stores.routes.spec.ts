import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CanMatchFn, Route, Router, UrlTree, provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import {
  STORE_STAFF,
  loadConfiguration,
  withPermissions,
} from '../testing/application-configurations';
import { STORES_OWNER } from '../testing/stores';
import { STORES_ROUTES } from './stores.routes';

describe('STORES_ROUTES', () => {
  async function setUp(configuration: ApplicationConfigurationDto): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await loadConfiguration(configuration);
  }

  function canMatch(route: Route): boolean | string {
    for (const guard of route.canMatch ?? []) {
      const result = TestBed.runInInjectionContext(() => (guard as CanMatchFn)(route, []));
      if (result !== true) {
        return TestBed.inject(Router).serializeUrl(result as UrlTree);
      }
    }
    return true;
  }

  it('guards every page with a permission', () => {
    expect(STORES_ROUTES.map((route) => route.path)).toEqual([
      '',
      ':id',
      ':id/shipping',
      ':id/payments',
    ]);
    expect(STORES_ROUTES.every((route) => (route.canMatch ?? []).length > 0)).toBe(true);
  });

  it('lets an owner open every page', async () => {
    await setUp(STORES_OWNER);
    expect(STORES_ROUTES.map(canMatch)).toEqual([true, true, true, true]);
  });

  it('sends staff without Commerce.Stores to the "not allowed" page', async () => {
    await setUp(STORE_STAFF);
    expect(STORES_ROUTES.map(canMatch)).toEqual([
      '/forbidden',
      '/forbidden',
      '/forbidden',
      '/forbidden',
    ]);
  });

  it('opens every page, read-only, with Commerce.Stores alone', async () => {
    await setUp(withPermissions(STORE_STAFF, ['Commerce.Stores']));
    expect(STORES_ROUTES.map(canMatch)).toEqual([true, true, true, true]);
  });
});
