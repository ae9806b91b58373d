import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';

import { AuthService } from '../core/auth/auth.service';
import { ConfigService } from '../core/config/config.service';
import { NAV_ITEMS, visibleNavItems } from './nav-items';

@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly config = inject(ConfigService);

  protected readonly navItems = computed(() => visibleNavItems(NAV_ITEMS, this.config));

  /** Who is signed in: the host's view of the user, else what the id token says. */
  protected readonly userName = computed(() => {
    const user = this.config.currentUser();
    const claims = this.auth.identity();
    return user.name || user.email || user.userName || claims?.name || claims?.email || '';
  });

  /** The store account, or Center Control for platform operators. */
  protected readonly tenantName = computed(
    () => this.config.currentTenant()?.name ?? 'Center Control',
  );

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(Breakpoints.Handset)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  private readonly userOpened = signal<boolean | null>(null);

  /** Side mode on wide screens (always open), overlay on handsets (closed until toggled). */
  protected readonly mode = computed(() => (this.handset() ? 'over' : 'side'));
  protected readonly opened = computed(() => this.userOpened() ?? !this.handset());

  constructor() {
    const router = inject(Router);
    // The session can end under the app (refresh refused): go to the sign-in page rather than fail every call.
    effect(() => {
      if (!this.auth.isSignedIn()) {
        void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
      }
    });
  }

  protected toggle(): void {
    this.userOpened.set(!this.opened());
  }

  protected setOpened(opened: boolean): void {
    this.userOpened.set(opened);
  }

  protected navigated(): void {
    if (this.handset()) {
      this.userOpened.set(false);
    }
  }

  protected signOut(): void {
    this.auth.signOut();
  }
}
