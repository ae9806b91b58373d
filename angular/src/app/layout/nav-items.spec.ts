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

  it('guards every Center Control entry with a permission', () => {
    const host = NAV_ITEMS.filter((item) => item.path.startsWith('/host/'));
    expect(host.length).toBeGreaterThan(0);
    expect(host.every((item) => !!item.permission)).toBe(true);
  });
});
