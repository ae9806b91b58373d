import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Route, Router, UrlTree, provideRouter } from '@angular/router';

import { PLATFORM_ADMIN, loadConfiguration } from '../../testing/application-configurations';
import { permissionGuard } from './permission.guard';

describe('permissionGuard', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await loadConfiguration(PLATFORM_ADMIN);
  });

  function run(permission: string): boolean | UrlTree {
    const guard = permissionGuard(permission);
    return TestBed.runInInjectionContext(() => guard({} as Route, [])) as boolean | UrlTree;
  }

  it('lets the route through when the permission is granted', () => {
    expect(run('Commerce.MultiTenancy.Tenants')).toBe(true);
  });

  it('sends the user to the "not allowed" page when it is not', () => {
    const result = run('Commerce.Identity.Users');
    expect(result).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/forbidden');
  });
});
