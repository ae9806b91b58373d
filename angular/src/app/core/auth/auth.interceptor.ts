import { DOCUMENT } from '@angular/common';
import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { AuthService } from './auth.service';

/** True for a URL on the page's own origin whose path starts with /api/ (relative URLs resolve against the page). */
export function isOwnApiUrl(url: string, pageUrl: string): boolean {
  const page = new URL(pageUrl);
  const target = new URL(url, page);
  return target.origin === page.origin && target.pathname.startsWith('/api/');
}

/** Adds the access token to the host's own API calls, and to nothing else (no token leaks to another origin). */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const token = inject(AuthService).accessToken();
  if (!token || !isOwnApiUrl(request.url, inject(DOCUMENT).baseURI)) {
    return next(request);
  }
  return next(request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
};
