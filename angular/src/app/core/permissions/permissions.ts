/** Permission names granted by the host (CommercePermissions on the server); pages add theirs here. */
export const Permissions = {
  Tenants: 'Commerce.MultiTenancy.Tenants',
  TenantsCreate: 'Commerce.MultiTenancy.Tenants.Create',
  TenantsEdit: 'Commerce.MultiTenancy.Tenants.Edit',
  TenantsSuspend: 'Commerce.MultiTenancy.Tenants.Suspend',
  TenantsDelete: 'Commerce.MultiTenancy.Tenants.Delete',
  TenantsManageFeatures: 'Commerce.MultiTenancy.Tenants.ManageFeatures',
  Editions: 'Commerce.Features.Editions',
  EditionsCreate: 'Commerce.Features.Editions.Create',
  EditionsEdit: 'Commerce.Features.Editions.Edit',
  EditionsDelete: 'Commerce.Features.Editions.Delete',
  Policies: 'Commerce.Policies',
  PoliciesManage: 'Commerce.Policies.Manage',
  // A store's own staff and roles (tenant users only).
  Users: 'Commerce.Identity.Users',
  UsersCreate: 'Commerce.Identity.Users.Create',
  UsersEdit: 'Commerce.Identity.Users.Edit',
  UsersDelete: 'Commerce.Identity.Users.Delete',
  Roles: 'Commerce.Identity.Roles',
  RolesCreate: 'Commerce.Identity.Roles.Create',
  RolesEdit: 'Commerce.Identity.Roles.Edit',
  RolesDelete: 'Commerce.Identity.Roles.Delete',
} as const;

export type PermissionName = (typeof Permissions)[keyof typeof Permissions];
