import {
  ChangeDetectionStrategy,
  Component,
  WritableSignal,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Observable } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiHostFeaturesEditionsIdPoliciesGet } from '../../../api/generated/fn/platform-policies/api-host-features-editions-id-policies-get';
import { apiHostFeaturesEditionsIdPoliciesPut } from '../../../api/generated/fn/platform-policies/api-host-features-editions-id-policies-put';
import { apiHostMultiTenancyTenantsIdPoliciesGet } from '../../../api/generated/fn/platform-policies/api-host-multi-tenancy-tenants-id-policies-get';
import { apiHostMultiTenancyTenantsIdPoliciesPut } from '../../../api/generated/fn/platform-policies/api-host-multi-tenancy-tenants-id-policies-put';
import { apiHostPoliciesGet } from '../../../api/generated/fn/platform-policies/api-host-policies-get';
import { apiHostPoliciesPut } from '../../../api/generated/fn/platform-policies/api-host-policies-put';
import { PolicyValueDto } from '../../../api/generated/models/policy-value-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { displayPolicyValue, policyValueControl } from '../policy-kind';
import { PolicyValueInput } from '../policy-value-input/policy-value-input';

/** Where policy values are set: the whole platform, one edition, or one tenant (each over the one before). */
export type PolicyScope =
  | { readonly kind: 'platform' }
  | { readonly kind: 'edition' | 'tenant'; readonly id: string };

/** One policy on the page: the value set at this scope (if any) and the control that edits it. */
interface PolicyRow {
  readonly policy: PolicyValueDto;
  /** The value set here, else the effective (inherited) one; editing it sets a value here. */
  readonly control: FormControl<string>;
  /** Set by "Inherit"/"Use default" until the value is edited again. */
  readonly cleared: WritableSignal<boolean>;
}

/**
 * The platform policies at one scope: each with its effective value and whether it is set here or inherited.
 * Users with Commerce.Policies.Manage set and clear values; the others only read them.
 */
@Component({
  selector: 'app-policy-values',
  imports: [MatButtonModule, MatProgressBarModule, PolicyValueInput, ReactiveFormsModule],
  templateUrl: './policy-values.html',
  styleUrl: './policy-values.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyValues {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly notifier = inject(ProblemNotifier);

  readonly scope = input.required<PolicyScope>();

  protected readonly canManage = computed(() => this.config.isGranted(Permissions.PoliciesManage));
  protected readonly saving = signal(false);
  /** What an unset value falls back to: the defaults for the platform, the scope above otherwise. */
  protected readonly inheritedLabel = computed(() =>
    this.scope().kind === 'platform' ? 'Default' : 'Inherited',
  );
  protected readonly clearLabel = computed(() =>
    this.scope().kind === 'platform' ? 'Use default' : 'Inherit',
  );

  protected readonly policies = rxResource({
    params: () => this.scope(),
    stream: ({ params }) => this.load(params),
  });

  protected readonly rows = linkedSignal<PolicyValueDto[], PolicyRow[]>({
    source: () => (this.policies.hasValue() ? this.policies.value() : []),
    computation: (policies) =>
      policies.map((policy) => {
        const control = policyValueControl(
          policy.definition,
          policy.value ?? policy.effectiveValue,
        );
        if (!this.canManage()) {
          control.disable();
        }
        return { policy, control, cleared: signal(false) };
      }),
  });

  /**
   * The value controls in the host's order. The host reports a refused value as a problem with a title (shown
   * in a snack bar), so the controls need no names; policy names have dots, which form group keys may not.
   */
  protected readonly form = computed(
    () => new FormGroup({ values: new FormArray(this.rows().map((row) => row.control)) }),
  );

  constructor() {
    effect(() => {
      const error = this.policies.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected isSetHere(row: PolicyRow): boolean {
    return row.control.dirty || (!row.cleared() && row.policy.value != null);
  }

  protected display(row: PolicyRow, value: string | null | undefined): string {
    return displayPolicyValue(row.policy.definition, value);
  }

  /** Back to the inherited value: known at once for an unsaved edit, after saving for a stored value. */
  protected clear(row: PolicyRow): void {
    row.control.reset(row.policy.value ?? row.policy.effectiveValue);
    row.cleared.set(row.policy.value != null);
  }

  protected save(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const values: Record<string, string | null> = {};
    for (const row of this.rows()) {
      const wanted = this.isSetHere(row) ? row.control.value : null;
      if (wanted !== (row.policy.value ?? null)) {
        values[row.policy.definition.name] = wanted;
      }
    }
    if (Object.keys(values).length === 0) {
      this.notifier.success('Nothing changed.');
      return;
    }
    this.saving.set(true);
    this.update(this.scope(), values).subscribe({
      next: (policies) => {
        this.saving.set(false);
        this.policies.set(policies);
        this.notifier.success('Policies saved.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.notifyForm(error, form);
      },
    });
  }

  private load(scope: PolicyScope): Observable<PolicyValueDto[]> {
    switch (scope.kind) {
      case 'platform':
        return this.api.invoke(apiHostPoliciesGet);
      case 'edition':
        return this.api.invoke(apiHostFeaturesEditionsIdPoliciesGet, { id: scope.id });
      case 'tenant':
        return this.api.invoke(apiHostMultiTenancyTenantsIdPoliciesGet, { id: scope.id });
    }
  }

  private update(
    scope: PolicyScope,
    changes: Record<string, string | null>,
  ): Observable<PolicyValueDto[]> {
    // null clears a value; the document's schema does not say values may be null.
    const body = { values: changes as Record<string, string> };
    switch (scope.kind) {
      case 'platform':
        return this.api.invoke(apiHostPoliciesPut, { body });
      case 'edition':
        return this.api.invoke(apiHostFeaturesEditionsIdPoliciesPut, { id: scope.id, body });
      case 'tenant':
        return this.api.invoke(apiHostMultiTenancyTenantsIdPoliciesPut, { id: scope.id, body });
    }
  }
}
