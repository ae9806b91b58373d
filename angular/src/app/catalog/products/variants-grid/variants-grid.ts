import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiCatalogProductsProductIdVariantsPost } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-post';
import { apiCatalogProductsProductIdVariantsVariantIdDelete } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-variant-id-delete';
import { apiCatalogProductsProductIdVariantsVariantIdPut } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-variant-id-put';
import { ProductDto } from '../../../api/generated/models/product-dto';
import { ProductVariantDto } from '../../../api/generated/models/product-variant-dto';
import { StoreDto } from '../../../api/generated/models/store-dto';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { variantTitle } from '../../shared/catalog-logic';
import {
  StorePricesDialog,
  StorePricesDialogData,
} from '../store-prices-dialog/store-prices-dialog';
import { VariantRowForm, toUpdateVariant, variantRowForm } from './variant-form';
import { VariantStock } from './variant-stock';

interface VariantRow {
  readonly variant: ProductVariantDto;
  readonly title: string;
  readonly form: VariantRowForm;
}

/**
 * The product's variants, edited in place: each row saves on its own (with the product's version), stock on hand
 * is counted inline (a Counted movement), per-store prices open a dialog. Every change answers the whole product,
 * which the editor takes as its new state.
 */
@Component({
  selector: 'app-variants-grid',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './variants-grid.html',
  styleUrl: './variants-grid.scss',
  changeDetection: ChangeDetectionStrategy.Default,
})
export class VariantsGrid {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  readonly product = input.required<ProductDto>();
  readonly stores = input<readonly StoreDto[]>([]);
  readonly canEdit = input(false);
  readonly canSeeStock = input(false);
  readonly canAdjustStock = input(false);
  /** The product after a change of its variants. */
  readonly changed = output<ProductDto>();
  /** Someone else changed the product first. */
  readonly stale = output<void>();

  protected readonly rows = linkedSignal<ProductDto, VariantRow[]>({
    source: this.product,
    computation: (product) =>
      [...product.variants]
        .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
        .map((variant) => {
          const form = variantRowForm(variant);
          if (!this.canEdit()) {
            form.disable();
          }
          return { variant, title: variantTitle(variant.optionValues), form };
        }),
  });
  protected readonly saving = signal<string | null>(null);
  /** The variant being added: one value per option, its price and SKU. */
  protected readonly newValues = linkedSignal<ProductDto, string[]>({
    source: this.product,
    computation: (product) => product.options.map(() => ''),
  });
  protected readonly newPrice = signal('');
  protected readonly newSku = signal('');
  /** Whether the chosen combination is complete and no variant has it yet. */
  protected readonly canAdd = computed(() => {
    const values = this.newValues();
    if (values.some((v) => !v) || values.length === 0) {
      return false;
    }
    const key = values.join('\u001f').toLowerCase();
    return !this.product().variants.some(
      (v) => v.optionValues.join('\u001f').toLowerCase() === key,
    );
  });
  /** Stock on hand per variant, counted in place. */
  protected readonly stock = new VariantStock(
    () => this.product().variants,
    () => this.canSeeStock(),
    this.saving,
  );

  protected setNewValue(index: number, value: string): void {
    this.newValues.update((values) => values.map((v, i) => (i === index ? value : v)));
  }

  /** Adds one variant for a combination the product lacks (after deleting one, say). */
  protected add(): void {
    if (!this.canAdd()) {
      return;
    }
    const price = Number(this.newPrice() || this.product().variants[0]?.price || 0);
    this.saving.set('new');
    this.api
      .invoke(apiCatalogProductsProductIdVariantsPost, {
        productId: this.product().id!,
        body: {
          optionValues: this.newValues(),
          price,
          sku: this.newSku().trim() || null,
          version: this.product().version,
        },
      })
      .subscribe({
        next: (product) => {
          this.saving.set(null);
          this.newPrice.set('');
          this.newSku.set('');
          this.notifier.success(`${variantTitle(this.newValues())} is added.`);
          this.changed.emit(product);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected save(row: VariantRow): void {
    if (row.form.invalid) {
      row.form.markAllAsTouched();
      return;
    }
    this.saving.set(row.variant.id!);
    this.api
      .invoke(apiCatalogProductsProductIdVariantsVariantIdPut, {
        productId: this.product().id!,
        variantId: row.variant.id!,
        body: toUpdateVariant(row.form, this.product().version),
      })
      .subscribe({
        next: (product) => {
          this.saving.set(null);
          this.notifier.success(`${row.title} is saved.`);
          this.changed.emit(product);
        },
        error: (error: unknown) => this.failed(error, row.form),
      });
  }

  protected storePrices(row: VariantRow): void {
    const data: StorePricesDialogData = {
      product: this.product(),
      variant: row.variant,
      stores: this.stores(),
      readOnly: !this.canEdit(),
    };
    this.dialog
      .open(StorePricesDialog, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((product?: ProductDto | 'stale') => {
        if (product === 'stale') {
          this.stale.emit();
        } else if (product) {
          this.notifier.success(`Store prices of ${row.title} are saved.`);
          this.changed.emit(product);
        }
      });
  }

  protected remove(row: VariantRow): void {
    const data: ConfirmDialogData = {
      title: `Delete ${row.title}?`,
      message: 'The variant, its prices and its stock record are removed from the product.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiCatalogProductsProductIdVariantsVariantIdDelete, {
            productId: this.product().id!,
            variantId: row.variant.id!,
            version: this.product().version,
          }),
        ),
      )
      .subscribe({
        next: (product) => {
          this.notifier.success(`${row.title} is deleted.`);
          this.changed.emit(product);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown, form?: VariantRowForm): void {
    this.saving.set(null);
    const problem = toProblem(error);
    if (problem.code === 'Commerce:StaleVersion') {
      this.stale.emit();
      return;
    }
    if (form && problem.code === 'Commerce:Catalog:DuplicateSku') {
      form.controls.sku.setErrors({ server: problem.title });
      form.controls.sku.markAsTouched();
      return;
    }
    if (form) {
      this.notifier.notifyForm(error, form);
    } else {
      this.notifier.notify(error);
    }
  }
}
