import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable, map } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiInventoryStockChangesPost } from '../../api/generated/fn/stock/api-inventory-stock-changes-post';
import { apiInventoryStockVariantIdChangesPost } from '../../api/generated/fn/stock/api-inventory-stock-variant-id-changes-post';
import { StockItemDto } from '../../api/generated/models/stock-item-dto';
import { StockMovementReason } from '../../api/generated/models/stock-movement-reason';
import { toProblem } from '../../core/errors/problem';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import {
  ADJUST_REASONS,
  AdjustMode,
  AdjustValue,
  adjustChange,
  bulkItems,
  stockLabel,
} from '../inventory-logic';

/** The host's refusals of a quantity: below zero, or below what is reserved. */
const STOCK_REFUSALS = [
  'Commerce:Inventory:InvalidQuantity',
  'Commerce:Inventory:StockBelowReserved',
];

export interface AdjustDialogData {
  /** The rows the change is for (those on the current page, for the summary). */
  readonly items: readonly StockItemDto[];
  /** Set for a bulk change: every selected variant, also those on other pages. */
  readonly variantIds?: readonly string[];
}

/** The form of a change: add (negative removes) with a reason, or set on hand to a counted value. */
export function adjustForm() {
  return new FormGroup({
    mode: new FormControl<AdjustMode>('add', { nonNullable: true }),
    quantity: new FormControl<number | null>(null, [Validators.required, wholeNumberValidator]),
    reason: new FormControl<StockMovementReason>('Received', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(512) }),
  });
}

function wholeNumberValidator(control: { value: unknown }) {
  const value = control.value;
  return value === null || value === '' || Number.isInteger(Number(value))
    ? null
    : { wholeNumber: 'A whole number.' };
}

/**
 * Changes the stock of one variant, or of every selected variant in one call (all or none). A refusal (stock
 * below zero or below what is reserved) is shown in the dialog, and nothing is changed.
 */
@Component({
  selector: 'app-adjust-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './adjust-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdjustDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<AdjustDialog, StockItemDto[]>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<AdjustDialogData>(MAT_DIALOG_DATA);

  protected readonly form = adjustForm();
  protected readonly reasons = ADJUST_REASONS;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<string | null>(null);
  protected readonly mode = toSignal(this.form.controls.mode.valueChanges, {
    initialValue: this.form.controls.mode.value,
  });

  protected readonly bulk = !!this.data.variantIds;
  protected readonly count = this.data.variantIds?.length ?? this.data.items.length;
  protected readonly title = this.bulk
    ? `Adjust ${this.count} variants`
    : `Adjust ${stockLabel(this.data.items[0])}`;
  protected readonly single = computed(() => (this.bulk ? null : this.data.items[0]));

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    const value: AdjustValue = { ...raw, quantity: Number(raw.quantity) };
    this.saving.set(true);
    this.refusal.set(null);
    const call: Observable<StockItemDto[]> = this.bulk
      ? this.api.invoke(apiInventoryStockChangesPost, {
          body: { items: bulkItems(this.data.variantIds!, value) },
        })
      : this.api
          .invoke(apiInventoryStockVariantIdChangesPost, {
            variantId: this.data.items[0].variantId,
            body: adjustChange(value),
          })
          .pipe(map((item) => [item]));
    call.subscribe({
      next: (items) => this.dialogRef.close(items),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (!this.bulk && STOCK_REFUSALS.includes(problem.code ?? '')) {
          this.form.controls.quantity.setErrors({ server: problem.title });
          this.form.controls.quantity.markAsTouched();
        } else if (problem.errors && Object.keys(problem.errors).length > 0) {
          this.notifier.notifyForm(error, this.form);
        } else {
          this.refusal.set(problem.title);
        }
      },
    });
  }
}
