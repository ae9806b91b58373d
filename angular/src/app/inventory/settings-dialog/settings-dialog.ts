import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';

import { Api } from '../../api/generated/api';
import { apiInventorySettingsGet } from '../../api/generated/fn/inventory-settings/api-inventory-settings-get';
import { apiInventorySettingsPut } from '../../api/generated/fn/inventory-settings/api-inventory-settings-put';
import { InventorySettingsDto } from '../../api/generated/models/inventory-settings-dto';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { ControlErrors } from '../../shared/control-errors/control-errors';

export function settingsForm() {
  return new FormGroup({
    defaultLowStockThreshold: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    lowStockAlertsEnabled: new FormControl(true, { nonNullable: true }),
  });
}

/** The tenant's low-stock settings: the default threshold and whether low stock is alerted. */
@Component({
  selector: 'app-settings-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
  ],
  templateUrl: './settings-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsDialog {
  private readonly api = inject(Api);
  private readonly dialogRef =
    inject<MatDialogRef<SettingsDialog, InventorySettingsDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly form = settingsForm();
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);

  constructor() {
    this.api.invoke(apiInventorySettingsGet).subscribe({
      next: (settings) => {
        this.form.setValue({
          defaultLowStockThreshold: Number(settings.defaultLowStockThreshold ?? 0),
          lowStockAlertsEnabled: settings.lowStockAlertsEnabled ?? true,
        });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifier.notify(error);
      },
    });
  }

  protected save(): void {
    if (this.form.invalid || this.loading()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .invoke(apiInventorySettingsPut, {
        body: {
          defaultLowStockThreshold: Number(value.defaultLowStockThreshold),
          lowStockAlertsEnabled: value.lowStockAlertsEnabled,
        },
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notifyForm(error, this.form);
        },
      });
  }
}
