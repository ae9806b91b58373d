import { Location } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

import { backofficeAuthConfig } from './auth-config';
import { safeReturnUrl } from './return-url';

/** What the id token says about the user: shown while the application configuration says nothing better. */
export interface IdentityClaims {
  readonly name?: string;
  readonly email?: string;
}

/** Signing in and out with the host's OpenID Connect server; the access token for API calls. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly oauth = inject(OAuthService);
  private readonly location = inject(Location);

  private readonly signedIn = signal(false);
  private readonly claims = signal<IdentityClaims | null>(null);

  /** True while there is a valid access token. */
  readonly isSignedIn = this.signedIn.asReadonly();
  readonly identity = this.claims.asReadonly();

  /**
   * Runs once at start-up: loads the discovery document, finishes a sign-in when the page is the redirect back
   * from the server (?code=…), refreshes an expired access token, and keeps refreshing it from then on.
   */
  async init(): Promise<void> {
    this.oauth.configure(
      backofficeAuthConfig(window.location.origin, this.location.prepareExternalUrl('/')),
    );
    const isCallback = new URLSearchParams(window.location.search).has('code');
    this.oauth.events.subscribe((event) => {
      if (event.type === 'token_refresh_error') {
        // The server no longer accepts the refresh token (account locked, store suspended): sign out here too.
        this.oauth.logOut(true);
      }
      this.update();
    });
    try {
      await this.oauth.loadDiscoveryDocumentAndTryLogin();
      if (!this.oauth.hasValidAccessToken() && this.oauth.getRefreshToken()) {
        await this.oauth.refreshToken();
      }
    } catch (error) {
      // A refused code or refresh token leaves the user signed out; the sign-in page offers to start again.
      console.error('Sign-in could not be completed', error);
      this.oauth.logOut(true);
    }
    this.update();
    if (this.signedIn()) {
      this.oauth.setupAutomaticSilentRefresh();
    }
    if (isCallback) {
      // Before the router's first navigation, so it starts on the page the user asked for, and without what is
      // left of the authorization response in the address (the library keeps RFC 9207's `iss`).
      const returnUrl = safeReturnUrl(
        this.oauth.state ? decodeURIComponent(this.oauth.state) : null,
      );
      this.location.replaceState(returnUrl ?? '/');
    }
  }

  /** The bearer token for API calls, or null when signed out. */
  accessToken(): string | null {
    return this.oauth.hasValidAccessToken() ? this.oauth.getAccessToken() : null;
  }

  /** Leaves for the server's sign-in page; comes back to `returnUrl` (an in-app path). */
  signIn(returnUrl = '/'): void {
    this.oauth.initCodeFlow(safeReturnUrl(returnUrl) ?? '');
  }

  /** Ends the session on the server too (end-session endpoint), which sends the browser back to the app. */
  signOut(): void {
    this.oauth.logOut();
  }

  private update(): void {
    const valid = this.oauth.hasValidAccessToken();
    this.signedIn.set(valid);
    this.claims.set(
      valid ? ((this.oauth.getIdentityClaims() as IdentityClaims | null) ?? null) : null,
    );
  }
}
