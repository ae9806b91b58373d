import { Permissions } from '../core/permissions/permissions';

/** One entry of the side navigation. Feature routes add themselves here. */
export interface NavItem {
  readonly label: string;
  readonly path: string;
  /** Shown only when this permission is granted. */
  readonly permission?: string;
  /** Shown only when this (toggle) feature is on for the current tenant. */
  readonly feature?: string;
  /** The heading the entry is listed under ("Catalog"); none for top-level entries. */
  readonly group?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', path: '/dashboard' },
  { label: 'Stores', path: '/stores', permission: Permissions.Stores },
  { label: 'Orders', path: '/orders', permission: Permissions.Orders },
  { label: 'Inventory', path: '/inventory', permission: Permissions.Inventory },
  { label: 'Notifications', path: '/notifications', permission: Permissions.Notifications },
  {
    label: 'Notification log',
    path: '/notifications/log',
    permission: Permissions.Notifications,
  },
  { label: 'Tenants', path: '/host/tenants', permission: Permissions.Tenants },
  { label: 'Editions', path: '/host/editions', permission: Permissions.Editions },
  { label: 'Platform policies', path: '/host/policies', permission: Permissions.Policies },
  { label: 'Staff', path: '/tenant/staff', permission: Permissions.Users },
  { label: 'Roles', path: '/tenant/roles', permission: Permissions.Roles },
  {
    label: 'Products',
    path: '/catalog/products',
    permission: Permissions.Products,
    group: 'Catalog',
  },
  {
    label: 'Categories',
    path: '/catalog/categories',
    permission: Permissions.Categories,
    group: 'Catalog',
  },
  {
    label: 'Attribute sets',
    path: '/catalog/attribute-sets',
    permission: Permissions.AttributeSets,
    group: 'Catalog',
  },
  {
    label: 'Import / export',
    path: '/catalog/transfers',
    permission: Permissions.ProductsImport,
    group: 'Catalog',
  },
];

/** What the menu needs to know about the user and the plan. */
export interface NavContext {
  isGranted(permission: string): boolean;
  isFeatureEnabled(feature: string): boolean;
}

/** The entries the user may see: permission granted and feature on, where the entry asks for them. */
export function visibleNavItems(items: readonly NavItem[], context: NavContext): NavItem[] {
  return items.filter(
    (item) =>
      (!item.permission || context.isGranted(item.permission)) &&
      (!item.feature || context.isFeatureEnabled(item.feature)),
  );
}
