import { NAV_ITEMS, NavContext, NavItem, visibleNavItems } from './nav-items';

describe('visibleNavItems', () => {
  const items: NavItem[] = [
    { label: 'Dashboard', path: '/dashboard' },
    { label: 'Tenants', path: '/host/tenants', permission: 'Commerce.MultiTenancy.Tenants' },
    {
      label: 'Loyalty',
      path: '/loyalty',
      permission: 'Commerce.Loyalty',
      feature: 'Commerce.Loyalty.Enabled',
    },
  ];

  function context(granted: string[], enabled: string[] = []): NavContext {
    return {
      isGranted: (p) => granted.includes(p),
      isFeatureEnabled: (f) => enabled.includes(f),
    };
  }

  const labels = (visible: NavItem[]) => visible.map((i) => i.label);

  it('shows only the entries without requirements to a user with no permissions', () => {
    expect(labels(visibleNavItems(items, context([])))).toEqual(['Dashboard']);
  });

  it('shows an entry when its permission is granted', () => {
    expect(labels(visibleNavItems(items, context(['Commerce.MultiTenancy.Tenants'])))).toEqual([
      'Dashboard',
      'Tenants',
    ]);
  });

  it('needs both the permission and the feature when an entry names both', () => {
    expect(labels(visibleNavItems(items, context(['Commerce.Loyalty'])))).not.toContain('Loyalty');
    expect(labels(visibleNavItems(items, context([], ['Commerce.Loyalty.Enabled'])))).not.toContain(
      'Loyalty',
    );
    expect(
      labels(visibleNavItems(items, context(['Commerce.Loyalty'], ['Commerce.Loyalty.Enabled']))),
    ).toContain('Loyalty');
  });

  it('guards every Center Control and store administration entry with a permission', () => {
    const guarded = NAV_ITEMS.filter((item) => /^\/(host|tenant|stores)(\/|$)/.test(item.path));
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.every((item) => !!item.permission)).toBe(true);
  });

  it('shows Staff and Roles to a store user only with their permissions', () => {
    const staffOnly = labels(visibleNavItems(NAV_ITEMS, context(['Commerce.Identity.Users'])));
    expect(staffOnly).toEqual(['Dashboard', 'Staff']);
    expect(labels(visibleNavItems(NAV_ITEMS, context([])))).toEqual(['Dashboard']);
  });

  it('shows Stores with Commerce.Stores', () => {
    expect(labels(visibleNavItems(NAV_ITEMS, context(['Commerce.Stores'])))).toEqual([
      'Dashboard',
      'Stores',
    ]);
  });
});
