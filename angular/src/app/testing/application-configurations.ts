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
  policies: { 'Commerce.Policies.DataRetentionDays': '30' },
  localization: { currentCulture: 'en', texts: {} },
};

/** Loads a configuration into the ConfigService as the host would answer it (needs provideHttpClientTesting). */
export async function loadConfiguration(configuration: ApplicationConfigurationDto): Promise<void> {
  const loading = TestBed.inject(ConfigService).load();
  TestBed.inject(HttpTestingController)
    .expectOne(APPLICATION_CONFIGURATION_URL)
    .flush(configuration);
  await loading;
}

/** Test data: a store owner, granted every permission of the store's staff and roles. */
export const STORE_OWNER: ApplicationConfigurationDto = {
  currentUser: {
    isAuthenticated: true,
    id: '2',
    userName: 'owner@demo.commerce.test',
    email: 'owner@demo.commerce.test',
    name: 'Demo Owner',
    roles: ['owner'],
  },
  currentTenant: { id: 't1', slug: 'demo', name: 'Demo Outfitters', status: 'Active' },
  grantedPermissions: [
    'Commerce.Identity.Users',
    'Commerce.Identity.Users.Create',
    'Commerce.Identity.Users.Edit',
    'Commerce.Identity.Users.Delete',
    'Commerce.Identity.Roles',
    'Commerce.Identity.Roles.Create',
    'Commerce.Identity.Roles.Edit',
    'Commerce.Identity.Roles.Delete',
  ],
  features: { 'Commerce.Identity.MaxStaffCount': '5' },
  policies: { 'Commerce.Policies.DataRetentionDays': '30' },
  localization: { currentCulture: 'en', texts: {} },
};

/** Test data: a store member with the built-in staff role, which grants no administration permission. */
export const STORE_STAFF: ApplicationConfigurationDto = {
  ...STORE_OWNER,
  currentUser: {
    isAuthenticated: true,
    id: '3',
    userName: 'member@demo.commerce.test',
    email: 'member@demo.commerce.test',
    name: 'Demo Member',
    roles: ['staff'],
  },
  grantedPermissions: [],
};

/** A configuration with only the given permissions granted. */
export function withPermissions(
  configuration: ApplicationConfigurationDto,
  permissions: readonly string[],
): ApplicationConfigurationDto {
  return { ...configuration, grantedPermissions: [...permissions] };
}
