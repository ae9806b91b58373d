/** Permission names granted by the host (CommercePermissions on the server); pages add theirs here. */
export const Permissions = {
  Tenants: 'Commerce.MultiTenancy.Tenants',
  TenantsCreate: 'Commerce.MultiTenancy.Tenants.Create',
  TenantsEdit: 'Commerce.MultiTenancy.Tenants.Edit',
  TenantsSuspend: 'Commerce.MultiTenancy.Tenants.Suspend',
  TenantsManageFeatures: 'Commerce.MultiTenancy.Tenants.ManageFeatures',
  Editions: 'Commerce.Features.Editions',
  EditionsCreate: 'Commerce.Features.Editions.Create',
  EditionsEdit: 'Commerce.Features.Editions.Edit',
  EditionsDelete: 'Commerce.Features.Editions.Delete',
} as const;

export type PermissionName = (typeof Permissions)[keyof typeof Permissions];
