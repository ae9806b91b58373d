import { Signal, WritableSignal, computed, linkedSignal } from '@angular/core';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { ProductOptionDto } from '../../../api/generated/models/product-option-dto';
import {
  CATALOG_LIMITS,
  missingCombinations,
  optionCombinations,
} from '../../shared/catalog-logic';
import { ProductForm, optionForm } from '../product-form';

/**
 * The product's options as typed, and the variants they make: every combination for the preview, and those the
 * product has no variant for yet ("N to add"). Adds and removes options on the form and follows what is typed.
 */
export class OptionsPreview {
  /** The options as typed; the product's saved ones whenever it (re)loads. */
  readonly value: WritableSignal<ProductOptionDto[]>;
  readonly combinations: Signal<string[][]>;
  readonly missing: Signal<string[][]>;

  constructor(product: Signal<ProductDto | null>) {
    this.value = linkedSignal<ProductOptionDto[]>(() =>
      (product()?.options ?? []).map((o) => ({ name: o.name, values: [...o.values] })),
    );
    this.combinations = computed(() => optionCombinations(this.value()));
    this.missing = computed(() => {
      const current = product();
      return current
        ? missingCombinations(
            this.value(),
            current.variants.map((v) => v.optionValues),
          )
        : this.combinations();
    });
  }

  /** Adds an empty option, up to the most a product may have. */
  add(form: ProductForm): void {
    if (form.controls.options.length >= CATALOG_LIMITS.maxOptions) {
      return;
    }
    form.controls.options.push(optionForm());
    form.controls.options.markAsDirty();
    this.sync(form);
  }

  remove(form: ProductForm, index: number): void {
    form.controls.options.removeAt(index);
    form.controls.options.markAsDirty();
    this.sync(form);
  }

  /** Takes the options as the form has them now. */
  sync(form: ProductForm): void {
    this.value.set(form.controls.options.getRawValue());
  }
}
