import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';

import { ConfigService } from '../config/config.service';

/**
 * Lets the route through when the permission is granted, else shows the "not allowed" page. Works as canMatch
 * (the page's code is not even downloaded) and as canActivate.
 */
export function permissionGuard(permission: string): CanActivateFn & CanMatchFn {
  return () => inject(ConfigService).isGranted(permission) || inject(Router).parseUrl('/forbidden');
}
