import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';

import { AuthService } from './auth.service';

/**
 * Lets signed-in users through; sends anyone else to the sign-in page, remembering where they wanted to go.
 * A canMatch guard, so it runs before the pages' own canMatch permission guards.
 */
export const authGuard: CanMatchFn = () => {
  if (inject(AuthService).isSignedIn()) {
    return true;
  }
  const router = inject(Router);
  const returnUrl = router.currentNavigation()?.extractedUrl.toString() ?? '/';
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl } });
};
