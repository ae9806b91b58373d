import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { PLATFORM_ADMIN } from '../../testing/application-configurations';
import { APPLICATION_CONFIGURATION_URL, ConfigService } from './config.service';

describe('ConfigService', () => {
  let service: ConfigService;
  let backend: HttpTestingController;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ConfigService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('is anonymous with nothing granted before loading', () => {
    expect(service.currentUser().isAuthenticated).toBe(false);
    expect(service.isGranted('Commerce.MultiTenancy.Tenants')).toBe(false);
  });

  it('loads the user, tenant, permissions and features', async () => {
    const loading = service.load();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(PLATFORM_ADMIN);
    await loading;

    expect(service.currentUser().name).toBe('Platform Admin');
    expect(service.currentTenant()).toBeNull();
    expect(service.isGranted('Commerce.MultiTenancy.Tenants')).toBe(true);
    expect(service.isGranted('Commerce.Identity.Users')).toBe(false);
    expect(service.isFeatureEnabled('Commerce.Loyalty.Enabled')).toBe(true);
    expect(service.isFeatureEnabled('Commerce.Pos.Enabled')).toBe(false);
    expect(service.feature('Commerce.Catalog.MaxProductCount')).toBe('25');
    expect(service.policy('Commerce.Policies.DataRetentionDays')).toBe('30');
  });

  it('has no policies when an older host sends none', async () => {
    const { policies: _, ...withoutPolicies } = PLATFORM_ADMIN;
    const loading = service.load();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(withoutPolicies);
    await loading;

    expect(service.policy('Commerce.Policies.DataRetentionDays')).toBeUndefined();
  });

  it('treats a host without the endpoint (404) as anonymous with no permissions', async () => {
    const loading = service.load();
    backend
      .expectOne(APPLICATION_CONFIGURATION_URL)
      .flush({ title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await loading;

    expect(service.currentUser().isAuthenticated).toBe(false);
    expect(service.configuration().grantedPermissions).toEqual([]);
  });
});
