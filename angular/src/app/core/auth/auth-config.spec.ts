import { backofficeAuthConfig } from './auth-config';
import { safeReturnUrl } from './return-url';

describe('backofficeAuthConfig', () => {
  it('derives every address from the page origin and base href', () => {
    const config = backofficeAuthConfig('http://127.0.0.1:5080', '/admin/');
    expect(config.issuer).toBe('http://127.0.0.1:5080/');
    expect(config.redirectUri).toBe('http://127.0.0.1:5080/admin/');
    expect(config.postLogoutRedirectUri).toBe('http://127.0.0.1:5080/admin/');
    expect(config.clientId).toBe('commerce_backoffice');
    expect(config.responseType).toBe('code');
    expect(config.scope?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'offline_access', 'commerce_api', 'roles']),
    );
  });

  it('allows http on loopback only', () => {
    expect(backofficeAuthConfig('http://localhost:5000', '/admin/').requireHttps).toBe(false);
    expect(backofficeAuthConfig('http://127.0.0.1:5080', '/admin/').requireHttps).toBe(false);
    expect(backofficeAuthConfig('https://commerce.example', '/admin/').requireHttps).toBe(true);
  });

  it('normalises the base href', () => {
    expect(backofficeAuthConfig('http://localhost:4200', '/').redirectUri).toBe(
      'http://localhost:4200/',
    );
    expect(backofficeAuthConfig('http://localhost:4200', 'admin').redirectUri).toBe(
      'http://localhost:4200/admin/',
    );
  });
});

describe('safeReturnUrl', () => {
  it('keeps in-app paths', () => {
    expect(safeReturnUrl('/host/tenants?status=Active')).toBe('/host/tenants?status=Active');
  });

  it('drops other origins, the root and the sign-in page', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      '/',
      '/sign-in',
      '',
      null,
    ]) {
      expect(safeReturnUrl(value)).toBeNull();
    }
  });
});
