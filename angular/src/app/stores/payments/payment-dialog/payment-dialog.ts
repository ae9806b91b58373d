import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiStoresStoreIdPaymentMethodsIdPut } from '../../../api/generated/fn/payment-methods/api-stores-store-id-payment-methods-id-put';
import { apiStoresStoreIdPaymentMethodsPost } from '../../../api/generated/fn/payment-methods/api-stores-store-id-payment-methods-post';
import { PaymentMethodDto } from '../../../api/generated/models/payment-method-dto';
import { PaymentProviderDto } from '../../../api/generated/models/payment-provider-dto';
import { PaymentSettingDefinitionDto } from '../../../api/generated/models/payment-setting-definition-dto';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import {
  PaymentForm,
  createPaymentForm,
  isSecretSet,
  settingInProblem,
  toPaymentBody,
} from '../payment-form';

export interface PaymentDialogData {
  readonly storeId: string;
  readonly provider: PaymentProviderDto;
  /** The method to edit; none to enable the provider on the store. */
  readonly method?: PaymentMethodDto | null;
  /** Where a new method goes in the checkout order. */
  readonly position: number;
}

/**
 * Enables a payment provider on a store, or edits its method: the name customers see, instructions, and the
 * provider's settings as its definitions describe them. Secrets are write-only: one the host holds shows as set,
 * and stays unless a new value is typed. Closes with the saved method.
 */
@Component({
  selector: 'app-payment-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TextFieldModule,
  ],
  templateUrl: './payment-dialog.html',
  styles: `
    .secret-state {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<PaymentDialog, PaymentMethodDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA);

  protected readonly isNew = !this.data.method;
  protected readonly form: PaymentForm = createPaymentForm(this.data.provider, this.data.method);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<string | null>(null);

  protected secretSet(setting: PaymentSettingDefinitionDto): boolean {
    return setting.isSecret && isSecretSet(this.data.method, setting.name);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const method = this.data.method;
    const body = toPaymentBody(
      this.data.provider,
      this.form,
      method ? Number(method.position) : this.data.position,
    );
    const request: Observable<PaymentMethodDto> = method
      ? this.api.invoke(apiStoresStoreIdPaymentMethodsIdPut, {
          storeId: this.data.storeId,
          id: method.id,
          body: { ...body, version: method.version },
        })
      : this.api.invoke(apiStoresStoreIdPaymentMethodsPost, {
          storeId: this.data.storeId,
          body: { ...body, provider: this.data.provider.name },
        });
    this.saving.set(true);
    this.refusal.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        const setting = settingInProblem(this.data.provider, problem.title);
        const control = setting ? this.form.controls.settings.controls[setting] : null;
        if (control) {
          control.setErrors({ ...control.errors, server: problem.title });
          control.markAsTouched();
        } else if (problem.errors && Object.keys(problem.errors).length > 0) {
          this.notifier.notifyForm(error, this.form);
        } else {
          this.refusal.set(problem.title);
        }
      },
    });
  }
}
