import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';

import { AuthService } from '../core/auth/auth.service';

/** The page signed-out users land on; the button leaves for the server's sign-in page. */
@Component({
  selector: 'app-sign-in',
  imports: [MatButtonModule, MatCardModule],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly auth = inject(AuthService);

  /** Where to go back to after signing in (from the ?returnUrl= the auth guard adds). */
  readonly returnUrl = input<string>();

  constructor() {
    if (this.auth.isSignedIn()) {
      void inject(Router).navigateByUrl('/');
    }
  }

  protected signIn(): void {
    this.auth.signIn(this.returnUrl() ?? '/');
  }
}
