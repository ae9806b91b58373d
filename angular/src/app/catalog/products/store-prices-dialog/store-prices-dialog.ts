import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../../api/generated/api';
import { apiCatalogProductsProductIdVariantsVariantIdStorePricesPut } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-variant-id-store-prices-put';
import { ProductDto } from '../../../api/generated/models/product-dto';
import { ProductVariantDto } from '../../../api/generated/models/product-variant-dto';
import { StoreDto } from '../../../api/generated/models/store-dto';
import { VariantStorePriceDto } from '../../../api/generated/models/variant-store-price-dto';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { variantTitle } from '../../shared/catalog-logic';

export interface StorePricesDialogData {
  readonly product: ProductDto;
  readonly variant: ProductVariantDto;
  readonly stores: readonly StoreDto[];
  readonly readOnly: boolean;
}

/** The overrides to send: the stores with a price typed; an empty field uses the variant's own price. */
export function toStorePrices(
  values: Readonly<Record<string, number | null>>,
): VariantStorePriceDto[] {
  return Object.entries(values)
    .filter(([, price]) => price !== null && price !== undefined && `${price}` !== '')
    .map(([storeId, price]) => ({ storeId, price: Number(price) }));
}

/** A variant's price per store; closes with the saved product, or 'stale'. */
@Component({
  selector: 'app-store-prices-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>Store prices of {{ title }}</h2>
    <mat-dialog-content>
      <p class="hint">
        Leave a store empty to sell at the variant's price ({{ data.variant.price }}).
      </p>
      <form [formGroup]="form" id="store-prices-form" (ngSubmit)="save()">
        @for (store of data.stores; track store.id) {
          <mat-form-field class="full">
            <mat-label>{{ store.name }} ({{ store.currency }})</mat-label>
            <input matInput type="number" min="0" step="0.01" [formControlName]="store.id" />
            <mat-error [appControlErrors]="form.controls[store.id]" />
          </mat-form-field>
        }
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" mat-dialog-close>Cancel</button>
      @if (!data.readOnly) {
        <button matButton="filled" type="submit" form="store-prices-form" [disabled]="saving()">
          Save
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.Default,
})
export class StorePricesDialog {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);
  private readonly ref = inject(MatDialogRef<StorePricesDialog, ProductDto | 'stale'>);
  protected readonly data = inject<StorePricesDialogData>(MAT_DIALOG_DATA);
  protected readonly title = variantTitle(this.data.variant.optionValues);
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup(
    Object.fromEntries(
      this.data.stores.map((store) => {
        const price = this.data.variant.storePrices.find((p) => p.storeId === store.id)?.price;
        return [
          store.id,
          new FormControl<number | null>(
            price === undefined ? null : Number(price),
            Validators.min(0),
          ),
        ];
      }),
    ),
  );

  constructor() {
    if (this.data.readOnly) {
      this.form.disable();
    }
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(apiCatalogProductsProductIdVariantsVariantIdStorePricesPut, {
        productId: this.data.product.id!,
        variantId: this.data.variant.id!,
        body: {
          prices: toStorePrices(this.form.getRawValue()),
          version: this.data.product.version,
        },
      })
      .subscribe({
        next: (product) => this.ref.close(product),
        error: (error: unknown) => {
          this.saving.set(false);
          if (toProblem(error).code === 'Commerce:StaleVersion') {
            this.ref.close('stale');
          } else {
            this.notifier.notify(error);
          }
        },
      });
  }
}
