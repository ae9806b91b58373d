/** One entry of the side navigation. Feature routes add themselves here. */
export interface NavItem {
  readonly label: string;
  readonly path: string;
}

export const NAV_ITEMS: readonly NavItem[] = [{ label: 'Dashboard', path: '/dashboard' }];
