import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { authInterceptor, isOwnApiUrl } from './auth.interceptor';
import { AuthService } from './auth.service';

describe('authInterceptor', () => {
  let token: string | null;
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    token = 'the-access-token';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { accessToken: () => token } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function authorizationFor(url: string): string | null {
    http.get(url).subscribe();
    const request = backend.expectOne(url);
    request.flush({});
    return request.request.headers.get('Authorization');
  }

  it('adds the bearer token to the host API on the same origin', () => {
    expect(authorizationFor('/api/host/multi-tenancy/tenants')).toBe('Bearer the-access-token');
    expect(authorizationFor(`${window.location.origin}/api/application-configuration`)).toBe(
      'Bearer the-access-token',
    );
  });

  it('adds nothing to same-origin calls outside /api/', () => {
    expect(authorizationFor('/health/ready')).toBeNull();
    expect(authorizationFor('/connect/token')).toBeNull();
    expect(authorizationFor('/apiary/x')).toBeNull();
  });

  it('adds nothing to another origin, even on an /api/ path', () => {
    expect(authorizationFor('https://evil.example/api/host/multi-tenancy/tenants')).toBeNull();
    expect(authorizationFor('//evil.example/api/x')).toBeNull();
  });

  it('adds nothing when signed out', () => {
    token = null;
    expect(authorizationFor('/api/host/multi-tenancy/tenants')).toBeNull();
  });
});

describe('isOwnApiUrl', () => {
  const page = 'http://127.0.0.1:5080/admin/host/tenants';

  it('accepts absolute paths and full URLs under /api/ on the page origin', () => {
    expect(isOwnApiUrl('/api/x', page)).toBe(true);
    expect(isOwnApiUrl('http://127.0.0.1:5080/api/x?y=1', page)).toBe(true);
  });

  it('resolves relative URLs against the page, as the browser does', () => {
    expect(isOwnApiUrl('api/x', page)).toBe(false);
    expect(isOwnApiUrl('../../api/x', page)).toBe(true);
  });

  it('refuses other ports, schemes and hosts', () => {
    expect(isOwnApiUrl('http://127.0.0.1:5000/api/x', page)).toBe(false);
    expect(isOwnApiUrl('https://127.0.0.1:5080/api/x', page)).toBe(false);
    expect(isOwnApiUrl('http://localhost:5080/api/x', page)).toBe(false);
  });
});
