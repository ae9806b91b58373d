import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { Api } from '../../../api/generated/api';
import { apiHostMultiTenancyTenantsIdGet } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-get';
import { PolicyScope, PolicyValues } from '../../shared/policy-values/policy-values';

/** A tenant's policy values, over its edition's and the platform's. */
@Component({
  selector: 'app-tenant-policies',
  imports: [MatButtonModule, PolicyValues, RouterLink],
  template: `
    <div class="page-header">
      <h1>Policies{{ tenantName() ? ' of ' + tenantName() : '' }}</h1>
      <a matButton routerLink="/host/tenants">Back to tenants</a>
    </div>
    <app-policy-values [scope]="scope()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantPolicies {
  private readonly api = inject(Api);

  /** The tenant's id, from the route. */
  readonly id = input.required<string>();

  protected readonly scope = computed<PolicyScope>(() => ({ kind: 'tenant', id: this.id() }));

  /** Only for the heading: without it, the page still works. */
  private readonly tenant = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.invoke(apiHostMultiTenancyTenantsIdGet, { id: params }),
  });
  protected readonly tenantName = computed(() =>
    this.tenant.hasValue() ? this.tenant.value().name : '',
  );
}
