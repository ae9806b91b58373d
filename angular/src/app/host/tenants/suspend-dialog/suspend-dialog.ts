import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../../api/generated/api';
import { apiHostMultiTenancyTenantsIdSuspendPost } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-suspend-post';
import { TenantDto } from '../../../api/generated/models/tenant-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';

/** Asks why, then suspends the tenant; closes with the suspended tenant. */
@Component({
  selector: 'app-suspend-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  templateUrl: './suspend-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuspendDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<SuspendDialog, TenantDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly tenant = inject<TenantDto>(MAT_DIALOG_DATA);

  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(512)],
    }),
  });

  protected suspend(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(apiHostMultiTenancyTenantsIdSuspendPost, {
        id: this.tenant.id!,
        body: { reason: this.form.controls.reason.value.trim() },
      })
      .subscribe({
        next: (suspended) => this.dialogRef.close(suspended),
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notifyForm(error, this.form);
        },
      });
  }
}
