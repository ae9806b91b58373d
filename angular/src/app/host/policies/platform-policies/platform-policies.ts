import { ChangeDetectionStrategy, Component } from '@angular/core';

import { PolicyScope, PolicyValues } from '../../shared/policy-values/policy-values';

/** The platform's policy values: what every edition and tenant gets unless it sets its own. */
@Component({
  selector: 'app-platform-policies',
  imports: [PolicyValues],
  template: `
    <div class="page-header">
      <h1>Platform policies</h1>
    </div>
    <p class="intro">
      What every store may use. An edition can narrow a value for its tenants, and a tenant can have
      its own.
    </p>
    <app-policy-values [scope]="scope" />
  `,
  styles: `
    .intro {
      max-width: 720px;
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformPolicies {
  protected readonly scope: PolicyScope = { kind: 'platform' };
}
