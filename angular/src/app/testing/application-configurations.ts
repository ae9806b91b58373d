import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { APPLICATION_CONFIGURATION_URL, ConfigService } from '../core/config/config.service';

/** Test data: what /api/application-configuration answers for a platform administrator. */
export const PLATFORM_ADMIN: ApplicationConfigurationDto = {
  currentUser: {
    isAuthenticated: true,
    id: '1',
    userName: 'admin@commerce.test',
    email: 'admin@commerce.test',
    name: 'Platform Admin',
    roles: ['admin'],
  },
  currentTenant: null,
  grantedPermissions: ['Commerce.MultiTenancy.Tenants', 'Commerce.Features.Editions'],
  features: { 'Commerce.Loyalty.Enabled': 'True', 'Commerce.Catalog.MaxProductCount': '25' },
};

/** Loads a configuration into the ConfigService as the host would answer it (needs provideHttpClientTesting). */
export async function loadConfiguration(configuration: ApplicationConfigurationDto): Promise<void> {
  const loading = TestBed.inject(ConfigService).load();
  TestBed.inject(HttpTestingController)
    .expectOne(APPLICATION_CONFIGURATION_URL)
    .flush(configuration);
  await loading;
}
