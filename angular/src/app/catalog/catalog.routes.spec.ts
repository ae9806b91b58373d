import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CanMatchFn, Route, Router, UrlTree, provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { STORE_OWNER, loadConfiguration } from '../testing/application-configurations';
import { CATALOG_OWNER } from '../testing/catalog';
import { CATALOG_ROUTES } from './catalog.routes';

describe('CATALOG_ROUTES', () => {
  const pages = CATALOG_ROUTES.filter((route) => !route.redirectTo);

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
    expect(pages.map((route) => route.path)).toEqual([
      'products',
      'products/new',
      'products/:id',
      'categories',
      'attribute-sets',
    ]);
    expect(pages.every((route) => (route.canMatch ?? []).length > 0)).toBe(true);
  });

  it('lets an owner open every page', async () => {
    await setUp(CATALOG_OWNER);
    expect(pages.map(canMatch)).toEqual([true, true, true, true, true]);
  });

  it('sends staff without the catalog permissions to the "not allowed" page', async () => {
    await setUp(STORE_OWNER);
    expect(pages.map(canMatch).every((result) => result === '/forbidden')).toBe(true);
  });
});
