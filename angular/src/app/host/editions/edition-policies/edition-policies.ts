import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { Api } from '../../../api/generated/api';
import { apiHostFeaturesEditionsIdGet } from '../../../api/generated/fn/editions/api-host-features-editions-id-get';
import { PolicyScope, PolicyValues } from '../../shared/policy-values/policy-values';

/** An edition's policy values, over the platform's: what the plan's tenants get unless they have their own. */
@Component({
  selector: 'app-edition-policies',
  imports: [MatButtonModule, PolicyValues, RouterLink],
  template: `
    <div class="page-header">
      <h1>Policies{{ editionName() ? ' of ' + editionName() : '' }}</h1>
      <a matButton routerLink="/host/editions">Back to editions</a>
    </div>
    <app-policy-values [scope]="scope()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionPolicies {
  private readonly api = inject(Api);

  /** The edition's id, from the route. */
  readonly id = input.required<string>();

  protected readonly scope = computed<PolicyScope>(() => ({ kind: 'edition', id: this.id() }));

  /** Only for the heading: without it (or the right to read editions), the page still works. */
  private readonly edition = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.invoke(apiHostFeaturesEditionsIdGet, { id: params }),
  });
  protected readonly editionName = computed(() =>
    this.edition.hasValue() ? this.edition.value().displayName : '',
  );
}
