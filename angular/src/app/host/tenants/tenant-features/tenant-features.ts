import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  WritableSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { Api } from '../../../api/generated/api';
import { apiHostMultiTenancyTenantsIdGet } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-get';
import { apiHostMultiTenancyTenantsTenantIdFeaturesGet } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-tenant-id-features-get';
import { apiHostMultiTenancyTenantsTenantIdFeaturesPut } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-tenant-id-features-put';
import { TenantFeatureDto } from '../../../api/generated/models/tenant-feature-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import {
  FeatureKind,
  displayFeatureValue,
  featureKind,
  featureValueControl,
} from '../../shared/feature-kind';
import { FeatureValueInput } from '../../shared/feature-value-input/feature-value-input';
import { groupBy } from '../../../shared/group-by';

/** One feature on the page: what the plan gives, and the control for the override. */
interface FeatureRow {
  readonly feature: TenantFeatureDto;
  readonly kind: FeatureKind;
  /** Shows the override, else the plan value; editing it makes an override. */
  readonly control: FormControl<string>;
  /** Set by "Clear override" until the value is edited again. */
  readonly cleared: WritableSignal<boolean>;
}

/** A tenant's features: each with its plan value and the platform's override, which can be set or cleared. */
@Component({
  selector: 'app-tenant-features',
  imports: [
    FeatureValueInput,
    MatButtonModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './tenant-features.html',
  styleUrl: './tenant-features.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantFeatures {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);

  /** The tenant's id, from the route. */
  readonly id = input.required<string>();

  protected readonly tenant = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.invoke(apiHostMultiTenancyTenantsIdGet, { id: params }),
  });
  protected readonly features = rxResource({
    params: () => this.id(),
    stream: ({ params }) =>
      this.api.invoke(apiHostMultiTenancyTenantsTenantIdFeaturesGet, { tenantId: params }),
  });

  protected readonly saving = signal(false);
  protected readonly tenantName = computed(() =>
    this.tenant.hasValue() ? this.tenant.value().name : '',
  );

  private readonly rows = linkedSignal<TenantFeatureDto[], FeatureRow[]>({
    source: () => (this.features.hasValue() ? this.features.value() : []),
    computation: (features) =>
      features.map((feature) => ({
        feature,
        kind: featureKind(feature.definition),
        control: featureValueControl(
          feature.definition,
          feature.overrideValue ?? feature.editionValue,
        ),
        cleared: signal(false),
      })),
  });
  protected readonly groups = computed(() =>
    groupBy(this.rows(), (row) => row.feature.definition.group),
  );

  /** The value controls by feature name, so the server's field errors find them. */
  protected readonly form = computed(
    () =>
      new FormGroup({
        overrides: new FormGroup(
          Object.fromEntries(this.rows().map((row) => [row.feature.definition.name, row.control])),
        ),
      }),
  );

  constructor() {
    effect(() => {
      const error = this.tenant.error() ?? this.features.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected isOverridden(row: FeatureRow): boolean {
    return row.control.dirty || (!row.cleared() && row.feature.overrideValue != null);
  }

  protected display(row: FeatureRow, value: string | null | undefined): string {
    return displayFeatureValue(row.kind, value);
  }

  protected clear(row: FeatureRow): void {
    row.control.reset(row.feature.editionValue);
    row.cleared.set(true);
  }

  protected save(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const overrides: Record<string, string | null> = {};
    for (const row of this.rows()) {
      const wanted = this.isOverridden(row) ? row.control.value : null;
      if (wanted !== (row.feature.overrideValue ?? null)) {
        overrides[row.feature.definition.name] = wanted;
      }
    }
    if (Object.keys(overrides).length === 0) {
      this.notifier.success('Nothing changed.');
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(apiHostMultiTenancyTenantsTenantIdFeaturesPut, {
        tenantId: this.id(),
        // null removes an override; the document's schema does not say values may be null.
        body: { overrides: overrides as Record<string, string> },
      })
      .subscribe({
        next: (features) => {
          this.saving.set(false);
          this.features.set(features);
          this.notifier.success('Features saved.');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notifyForm(error, form);
        },
      });
  }
}
