import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { ControlErrors } from '../../shared/control-errors/control-errors';
import { TaxForm } from './store-form';

/** The store settings' tax section: one rate in percent, prices with or without it, and shipping taxed or not. */
@Component({
  selector: 'app-store-tax-fields',
  imports: [
    ControlErrors,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <div class="tax-fields" [formGroup]="group()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Tax rate (%)</mat-label>
        <input matInput type="number" min="0" max="100" step="0.01" formControlName="ratePercent" />
        <mat-hint>Applied to every product of the store; 0 charges no tax.</mat-hint>
        <mat-error [appControlErrors]="group().controls.ratePercent" />
      </mat-form-field>
      <mat-checkbox formControlName="pricesIncludeTax">Prices include tax</mat-checkbox>
      <mat-checkbox formControlName="taxShipping">Charge tax on shipping</mat-checkbox>
    </div>
  `,
  styles: `
    .tax-fields {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 12px;
      max-width: 420px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreTaxFields {
  readonly group = input.required<TaxForm>();
}
