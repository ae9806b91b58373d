import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';

import { NAV_ITEMS } from './nav-items';

@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatListModule,
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
  protected readonly navItems = NAV_ITEMS;

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
}
