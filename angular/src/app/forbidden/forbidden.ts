import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** Where a route's permission guard sends users who may not open the page. */
@Component({
  selector: 'app-forbidden',
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1>Not allowed</h1>
    <p>Your account may not open this page. Ask an administrator if you need it.</p>
    <a matButton="outlined" routerLink="/dashboard">Go to the dashboard</a>
  `,
  styles: `
    h1 {
      margin: 0 0 16px;
      font: var(--mat-sys-headline-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Forbidden {}
