import { ChangeDetectionStrategy, Component, Signal, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiHostMultiTenancyTenantsIdPut } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-put';
import { apiHostMultiTenancyTenantsPost } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-post';
import { EditionDto } from '../../../api/generated/models/edition-dto';
import { TenantDto } from '../../../api/generated/models/tenant-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';

export interface TenantDialogData {
  /** The tenant to edit; none to create one. */
  readonly tenant?: TenantDto;
  /** The editions to choose from; a signal, as they may still be loading when the dialog opens. */
  readonly editions: Signal<readonly EditionDto[]>;
}

/** The slug rule of the host (TenantConsts): lower-case letters, digits and inner hyphens. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Creates a tenant, or edits one's name, slug and edition; closes with the saved tenant. */
@Component({
  selector: 'app-tenant-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './tenant-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<TenantDialog, TenantDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<TenantDialogData>(MAT_DIALOG_DATA);

  protected readonly saving = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.data.tenant?.name ?? '', [Validators.required, Validators.maxLength(128)]],
    slug: [
      this.data.tenant?.slug ?? '',
      [
        Validators.required,
        Validators.minLength(2),
        Validators.maxLength(63),
        Validators.pattern(SLUG_PATTERN),
      ],
    ],
    editionId: this.data.tenant?.editionId ?? '',
    // The first owner is created with the tenant; editing a tenant leaves its users alone.
    ownerName: [{ value: '', disabled: !!this.data.tenant }, Validators.maxLength(128)],
    ownerEmail: [
      { value: '', disabled: !!this.data.tenant },
      [Validators.required, Validators.email, Validators.maxLength(256)],
    ],
    ownerPassword: [
      { value: '', disabled: !!this.data.tenant },
      [Validators.required, Validators.minLength(10), Validators.maxLength(128)],
    ],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, slug, editionId, ownerName, ownerEmail, ownerPassword } = this.form.getRawValue();
    const tenant = this.data.tenant;
    const request: Observable<TenantDto> = tenant
      ? this.api.invoke(apiHostMultiTenancyTenantsIdPut, {
          id: tenant.id!,
          body: { name, slug, editionId: editionId || null, version: tenant.version },
        })
      : this.api.invoke(apiHostMultiTenancyTenantsPost, {
          body: {
            name,
            slug,
            editionId: editionId || null,
            ownerName: ownerName.trim() || null,
            ownerEmail,
            ownerPassword,
          },
        });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.notifyForm(error, this.form);
      },
    });
  }
}
