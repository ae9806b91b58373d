import {
  FormArray,
  FormControl,
  FormGroup,
  FormRecord,
  ValidatorFn,
  Validators,
} from '@angular/forms';

import { AttributeDefinitionDto } from '../../api/generated/models/attribute-definition-dto';
import { CreateProductDto } from '../../api/generated/models/create-product-dto';
import { ProductDto } from '../../api/generated/models/product-dto';
import { ProductOptionDto } from '../../api/generated/models/product-option-dto';
import { UpdateProductDto } from '../../api/generated/models/update-product-dto';
import { Problem } from '../../core/errors/problem';
import {
  AttributeFieldValue,
  CATALOG_LIMITS,
  attributeFieldValue,
  toAttributeValues,
} from '../shared/catalog-logic';

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type OptionForm = FormGroup<{
  name: FormControl<string>;
  values: FormControl<string[]>;
}>;

/** The editor's form, shaped like the host's DTOs so its field errors ("Title", "Options[0].Values") land. */
export type ProductForm = FormGroup<{
  title: FormControl<string>;
  handle: FormControl<string>;
  description: FormControl<string>;
  seoTitle: FormControl<string>;
  seoDescription: FormControl<string>;
  tags: FormControl<string[]>;
  storeIds: FormControl<string[]>;
  categoryIds: FormControl<string[]>;
  attributeSetId: FormControl<string>;
  attributeValues: FormRecord<FormControl<AttributeFieldValue>>;
  options: FormArray<OptionForm>;
  // The first variant of a new product.
  sku: FormControl<string>;
  barcode: FormControl<string>;
  price: FormControl<number | null>;
  compareAtPrice: FormControl<number | null>;
  weightGrams: FormControl<number | null>;
}>;

function text(value: string | null | undefined, ...validators: ValidatorFn[]) {
  return new FormControl(value ?? '', { nonNullable: true, validators });
}

function money(value: number | string | null | undefined, required = false) {
  const validators = [Validators.min(0)];
  if (required) {
    validators.push(Validators.required);
  }
  return new FormControl<number | null>(
    value === null || value === undefined || value === '' ? null : Number(value),
    validators,
  );
}

export function optionForm(option?: Partial<ProductOptionDto>): OptionForm {
  return new FormGroup({
    name: text(option?.name, Validators.required, Validators.maxLength(64)),
    values: new FormControl<string[]>([...(option?.values ?? [])], {
      nonNullable: true,
      validators: [(c) => (c.value?.length ? null : { required: true })],
    }),
  });
}

/** The controls of an attribute set's attributes, filled from the product's values. */
export function attributeControls(
  definitions: readonly AttributeDefinitionDto[],
  product?: ProductDto | null,
): Record<string, FormControl<AttributeFieldValue>> {
  const controls: Record<string, FormControl<AttributeFieldValue>> = {};
  for (const definition of definitions) {
    const value = product?.attributeValues.find((v) => v.code === definition.code);
    const required =
      definition.isRequired && definition.type !== 'Boolean'
        ? [
            definition.type === 'MultiSelect'
              ? (c: { value: unknown }) =>
                  Array.isArray(c.value) && c.value.length ? null : { required: true }
              : Validators.required,
          ]
        : [];
    controls[definition.code] = new FormControl<AttributeFieldValue>(
      attributeFieldValue(definition, value),
      required,
    );
  }
  return controls;
}

/** The form for a product (or a new one, with its first variant's fields). */
export function createProductForm(
  product?: ProductDto | null,
  definitions: readonly AttributeDefinitionDto[] = [],
): ProductForm {
  const first = product?.variants[0];
  return new FormGroup({
    title: text(
      product?.title,
      Validators.required,
      Validators.maxLength(CATALOG_LIMITS.titleMaxLength),
    ),
    handle: text(
      product?.handle,
      Validators.maxLength(CATALOG_LIMITS.handleMaxLength),
      Validators.pattern(HANDLE_PATTERN),
      ...(product ? [Validators.required] : []),
    ),
    description: text(product?.description),
    seoTitle: text(product?.seoTitle, Validators.maxLength(CATALOG_LIMITS.seoTitleMaxLength)),
    seoDescription: text(
      product?.seoDescription,
      Validators.maxLength(CATALOG_LIMITS.seoDescriptionMaxLength),
    ),
    tags: new FormControl<string[]>([...(product?.tags ?? [])], { nonNullable: true }),
    storeIds: new FormControl<string[]>([...(product?.storeIds ?? [])], { nonNullable: true }),
    categoryIds: new FormControl<string[]>([...(product?.categoryIds ?? [])], {
      nonNullable: true,
    }),
    attributeSetId: text(product?.attributeSetId),
    attributeValues: new FormRecord(attributeControls(definitions, product)),
    options: new FormArray((product?.options ?? []).map((o) => optionForm(o))),
    sku: text(first?.sku, Validators.maxLength(64)),
    barcode: text(first?.barcode, Validators.maxLength(64)),
    price: money(first?.price ?? null, !product),
    compareAtPrice: money(first?.compareAtPrice),
    weightGrams: new FormControl<number | null>(
      first?.weightGrams === null || first?.weightGrams === undefined
        ? null
        : Number(first.weightGrams),
      [Validators.min(0)],
    ),
  });
}

/** Replaces the attribute controls for another attribute set, keeping the values of codes both sets have. */
export function setAttributeDefinitions(
  form: ProductForm,
  definitions: readonly AttributeDefinitionDto[],
  product?: ProductDto | null,
): void {
  const group = form.controls.attributeValues;
  const previous = group.getRawValue();
  for (const code of Object.keys(group.controls)) {
    group.removeControl(code, { emitEvent: false });
  }
  const controls = attributeControls(definitions, product);
  for (const [code, control] of Object.entries(controls)) {
    if (code in previous) {
      control.setValue(previous[code]);
    }
    group.addControl(code, control, { emitEvent: false });
  }
  group.updateValueAndValidity();
}

function options(form: ProductForm): ProductOptionDto[] {
  return form.controls.options
    .getRawValue()
    .map((o) => ({ name: o.name.trim(), values: o.values }));
}

function optional(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

function common(form: ProductForm, definitions: readonly AttributeDefinitionDto[]) {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    description: optional(v.description),
    seoTitle: optional(v.seoTitle),
    seoDescription: optional(v.seoDescription),
    tags: v.tags,
    storeIds: v.storeIds,
    categoryIds: v.categoryIds,
    attributeSetId: v.attributeSetId || null,
    attributeValues: v.attributeSetId ? toAttributeValues(definitions, v.attributeValues) : [],
    options: options(form),
  };
}

export function toCreateProduct(
  form: ProductForm,
  definitions: readonly AttributeDefinitionDto[],
): CreateProductDto {
  const v = form.getRawValue();
  return {
    ...common(form, definitions),
    handle: optional(v.handle),
    sku: optional(v.sku),
    barcode: optional(v.barcode),
    price: v.price ?? 0,
    compareAtPrice: v.compareAtPrice,
    weightGrams: v.weightGrams,
  };
}

export function toUpdateProduct(
  form: ProductForm,
  definitions: readonly AttributeDefinitionDto[],
  version: number | string | undefined,
): UpdateProductDto {
  return {
    ...common(form, definitions),
    handle: form.controls.handle.value.trim(),
    version: Number(version ?? 0),
  };
}

/** The control a business problem is about (a taken handle or SKU), for its message to show there. */
export function problemControl(form: ProductForm, problem: Problem) {
  switch (problem.code) {
    case 'Commerce:Catalog:DuplicateProductHandle':
      return form.controls.handle;
    case 'Commerce:Catalog:DuplicateSku':
      return form.controls.sku;
    case 'Commerce:Catalog:InvalidPrice':
      return form.controls.price;
    case 'Commerce:Catalog:InvalidProductOptions':
      return form.controls.options;
    default:
      return null;
  }
}

/** Shows a business problem's title on the control it is about; false when it is about none. */
export function showOnControl(form: ProductForm, problem: Problem): boolean {
  const control = problemControl(form, problem);
  if (!control) {
    return false;
  }
  control.setErrors({ ...control.errors, server: problem.title });
  control.markAsTouched();
  return true;
}
