import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { OAuthEvent, OAuthService } from 'angular-oauth2-oidc';
import { Subject } from 'rxjs';

import { AuthService } from './auth.service';

/** Just what AuthService uses of the library, with tokens that are valid when `valid` says so. */
function fakeOAuth() {
  const events = new Subject<OAuthEvent>();
  const fake = {
    valid: false,
    storedRefreshToken: null as string | null,
    state: '',
    events,
    configure: vi.fn(),
    loadDiscoveryDocumentAndTryLogin: vi.fn(async () => true),
    hasValidAccessToken: () => fake.valid,
    getAccessToken: () => 'access',
    getRefreshToken: () => fake.storedRefreshToken,
    getIdentityClaims: () => ({ name: 'Ada' }),
    refreshToken: vi.fn(async () => {
      fake.valid = true;
      return {};
    }),
    setupAutomaticSilentRefresh: vi.fn(),
    initCodeFlow: vi.fn(),
    logOut: vi.fn(() => {
      fake.valid = false;
      fake.storedRefreshToken = null;
    }),
  };
  return fake;
}

describe('AuthService', () => {
  let oauth: ReturnType<typeof fakeOAuth>;
  let auth: AuthService;

  beforeEach(() => {
    oauth = fakeOAuth();
    TestBed.configureTestingModule({
      providers: [provideLocationMocks(), { provide: OAuthService, useValue: oauth }],
    });
    auth = TestBed.inject(AuthService);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => window.history.replaceState(null, '', '/'));

  it('configures the code flow for the page origin', async () => {
    await auth.init();
    expect(oauth.configure).toHaveBeenCalledWith(
      expect.objectContaining({ responseType: 'code', issuer: `${window.location.origin}/` }),
    );
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.accessToken()).toBeNull();
  });

  it('finishes a sign-in and starts on the page asked for, without the authorization response', async () => {
    window.history.replaceState(null, '', '/?code=abc&state=n;x&iss=http%3A%2F%2Fhost%2F');
    oauth.loadDiscoveryDocumentAndTryLogin.mockImplementation(async () => {
      oauth.valid = true;
      oauth.state = '%2Fhost%2Ftenants';
      return true;
    });

    await auth.init();

    expect(auth.isSignedIn()).toBe(true);
    expect(auth.identity()).toEqual({ name: 'Ada' });
    expect(auth.accessToken()).toBe('access');
    expect(TestBed.inject(Location).path()).toBe('/host/tenants');
    expect(oauth.setupAutomaticSilentRefresh).toHaveBeenCalled();
  });

  it('renews an expired access token with the refresh token at start-up', async () => {
    oauth.storedRefreshToken = 'refresh';
    await auth.init();
    expect(oauth.refreshToken).toHaveBeenCalled();
    expect(auth.isSignedIn()).toBe(true);
  });

  it('signs out locally when the server refuses the refresh token', async () => {
    oauth.storedRefreshToken = 'refresh';
    await auth.init();

    oauth.events.next({ type: 'token_refresh_error' } as OAuthEvent);

    expect(oauth.logOut).toHaveBeenCalledWith(true);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('never passes another origin through the sign-in state', () => {
    auth.signIn('//evil.example/');
    expect(oauth.initCodeFlow).toHaveBeenCalledWith('');
    auth.signIn('/host/editions');
    expect(oauth.initCodeFlow).toHaveBeenLastCalledWith('/host/editions');
  });
});
