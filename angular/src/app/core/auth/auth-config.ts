import { AuthConfig } from 'angular-oauth2-oidc';

/** The public client the host registers for the backoffice (OpenIddict). */
export const BACKOFFICE_CLIENT_ID = 'commerce_backoffice';

const SCOPES = 'openid profile email roles offline_access commerce_api';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Code flow with PKCE against the host that serves the backoffice. Every address is derived from the page's
 * own origin and base href, so the same build works on http://localhost:5000/admin/ and http://127.0.0.1:5080/admin/;
 * the host registers `{origin}/admin/` as both the redirect and the post-logout redirect URI.
 */
export function backofficeAuthConfig(origin: string, baseHref: string): AuthConfig {
  const appUrl = origin + ensureTrailingSlash(baseHref);
  return {
    issuer: origin + '/',
    clientId: BACKOFFICE_CLIENT_ID,
    responseType: 'code',
    scope: SCOPES,
    redirectUri: appUrl,
    postLogoutRedirectUri: appUrl,
    // Refresh tokens, not a hidden iframe: the refresh runs when 75% of the access token's life has passed.
    useSilentRefresh: false,
    timeoutFactor: 0.75,
    // http is only acceptable on the developer's own machine.
    requireHttps: !LOOPBACK_HOSTS.has(new URL(origin).hostname),
    showDebugInformation: false,
  };
}

function ensureTrailingSlash(path: string): string {
  const withLeading = path.startsWith('/') ? path : '/' + path;
  return withLeading.endsWith('/') ? withLeading : withLeading + '/';
}
