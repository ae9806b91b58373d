import { FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';

import { ProductVariantDto } from '../../../api/generated/models/product-variant-dto';
import { UpdateProductVariantDto } from '../../../api/generated/models/update-product-variant-dto';

/** A row of the variants grid, shaped like UpdateProductVariantDto so field errors land on its cells. */
export type VariantRowForm = FormGroup<{
  sku: FormControl<string>;
  barcode: FormControl<string>;
  price: FormControl<number | null>;
  compareAtPrice: FormControl<number | null>;
  specialPrice: FormControl<number | null>;
  specialPriceStart: FormControl<string>;
  specialPriceEnd: FormControl<string>;
  weightGrams: FormControl<number | null>;
}>;

function num(value: number | string | null | undefined): number | null {
  return value === null || value === undefined || value === '' ? null : Number(value);
}

/** An ISO instant as a datetime-local value, in the browser's time zone ("2026-05-01T09:00"). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A datetime-local value as an ISO instant, or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The special price's window: an end after its start, and a price when there is a window. */
export function specialPriceWindow(group: VariantRowForm): ValidationErrors | null {
  const { specialPrice, specialPriceStart, specialPriceEnd } = group.getRawValue();
  if (specialPriceStart && specialPriceEnd && specialPriceEnd <= specialPriceStart) {
    return { window: 'The special price must end after it starts.' };
  }
  if ((specialPriceStart || specialPriceEnd) && specialPrice === null) {
    return { window: 'A special price window needs a special price.' };
  }
  return null;
}

export function variantRowForm(variant: ProductVariantDto): VariantRowForm {
  return new FormGroup(
    {
      sku: new FormControl(variant.sku ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(64)],
      }),
      barcode: new FormControl(variant.barcode ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(64)],
      }),
      price: new FormControl(num(variant.price), [Validators.required, Validators.min(0)]),
      compareAtPrice: new FormControl(num(variant.compareAtPrice), [Validators.min(0)]),
      specialPrice: new FormControl(num(variant.specialPrice), [Validators.min(0)]),
      specialPriceStart: new FormControl(toLocalInput(variant.specialPriceStart), {
        nonNullable: true,
      }),
      specialPriceEnd: new FormControl(toLocalInput(variant.specialPriceEnd), {
        nonNullable: true,
      }),
      weightGrams: new FormControl(num(variant.weightGrams), [Validators.min(0)]),
    },
    { validators: [(g) => specialPriceWindow(g as VariantRowForm)] },
  );
}

export function toUpdateVariant(
  row: VariantRowForm,
  version: number | string | undefined,
): UpdateProductVariantDto {
  const v = row.getRawValue();
  return {
    sku: v.sku.trim() || null,
    barcode: v.barcode.trim() || null,
    price: v.price ?? 0,
    compareAtPrice: v.compareAtPrice,
    specialPrice: v.specialPrice,
    specialPriceStart: fromLocalInput(v.specialPriceStart),
    specialPriceEnd: fromLocalInput(v.specialPriceEnd),
    weightGrams: v.weightGrams,
    version: Number(version ?? 0),
  };
}

/** The stock change that sets on-hand to what was counted; null when nothing changed or it is not a count. */
export function countedChange(
  current: number | null,
  counted: string | number | null,
): { quantity: number; reason: 'Counted'; note: string } | null {
  if (counted === null || counted === '') {
    return null;
  }
  const quantity = Number(counted);
  if (!Number.isInteger(quantity) || quantity < 0 || quantity === current) {
    return null;
  }
  return { quantity, reason: 'Counted', note: 'Counted in the product editor' };
}
