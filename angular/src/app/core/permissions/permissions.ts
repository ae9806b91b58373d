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
  // A store account's storefronts: settings, shipping and payment methods.
  Stores: 'Commerce.Stores',
  StoresCreate: 'Commerce.Stores.Create',
  StoresEdit: 'Commerce.Stores.Edit',
  StoresDelete: 'Commerce.Stores.Delete',
  StoresManageShipping: 'Commerce.Stores.ManageShipping',
  StoresManagePayments: 'Commerce.Stores.ManagePayments',
  // Products in and out as CSV files.
  ProductsImport: 'Commerce.Catalog.Products.Import',
  ProductsExport: 'Commerce.Catalog.Products.Export',
  // The catalog: attribute sets, the category tree, products with their variants and images.
  AttributeSets: 'Commerce.Catalog.AttributeSets',
  AttributeSetsCreate: 'Commerce.Catalog.AttributeSets.Create',
  AttributeSetsEdit: 'Commerce.Catalog.AttributeSets.Edit',
  AttributeSetsDelete: 'Commerce.Catalog.AttributeSets.Delete',
  Categories: 'Commerce.Catalog.Categories',
  CategoriesCreate: 'Commerce.Catalog.Categories.Create',
  CategoriesEdit: 'Commerce.Catalog.Categories.Edit',
  CategoriesDelete: 'Commerce.Catalog.Categories.Delete',
  Products: 'Commerce.Catalog.Products',
  ProductsCreate: 'Commerce.Catalog.Products.Create',
  ProductsEdit: 'Commerce.Catalog.Products.Edit',
  ProductsDelete: 'Commerce.Catalog.Products.Delete',
  // Stock on hand: the inventory page and the product editor's variants; low-stock settings.
  Inventory: 'Commerce.Inventory',
  InventoryAdjust: 'Commerce.Inventory.Adjust',
  InventoryManageSettings: 'Commerce.Inventory.ManageSettings',
  // Notification templates per store and the log of notifications sent.
  Notifications: 'Commerce.Notifications',
  NotificationTemplatesManage: 'Commerce.Notifications.Templates.Manage',
  // Orders: seeing them, notes/capture/cancel, shipping/completing, refunding.
  Orders: 'Commerce.Ordering.Orders',
  OrdersManage: 'Commerce.Ordering.Orders.Manage',
  OrdersFulfil: 'Commerce.Ordering.Orders.Fulfil',
  OrdersRefund: 'Commerce.Ordering.Orders.Refund',
} as const;

/** Feature names (CommerceFeatures on the server) the pages read. */
export const Features = {
  MultiStore: 'Commerce.Stores.MultiStore',
  MaxStoreCount: 'Commerce.Stores.MaxStoreCount',
} as const;

/** Policy names (CommercePolicies on the server) the pages read; a List policy's value is comma-separated. */
export const Policies = {
  AllowedShippingMethodTypes: 'Commerce.Policies.AllowedShippingMethodTypes',
  AllowedPaymentMethods: 'Commerce.Policies.AllowedPaymentMethods',
} as const;

export type PermissionName = (typeof Permissions)[keyof typeof Permissions];
