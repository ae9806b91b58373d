import { FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';

import { AttributeDefinitionDto } from '../../api/generated/models/attribute-definition-dto';
import { AttributeSetDto } from '../../api/generated/models/attribute-set-dto';
import { AttributeType } from '../../api/generated/models/attribute-type';
import { isSelect } from '../shared/catalog-logic';

export const ATTRIBUTE_TYPES: readonly { value: AttributeType; label: string }[] = [
  { value: 'Text', label: 'Text' },
  { value: 'Number', label: 'Number' },
  { value: 'Boolean', label: 'Yes / no' },
  { value: 'SingleSelect', label: 'Single select' },
  { value: 'MultiSelect', label: 'Multi select' },
];

export const ATTRIBUTE_CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

export type AttributeForm = FormGroup<{
  code: FormControl<string>;
  label: FormControl<string>;
  type: FormControl<AttributeType>;
  isRequired: FormControl<boolean>;
  options: FormControl<string[]>;
}>;

export type AttributeSetForm = FormGroup<{
  name: FormControl<string>;
  attributes: FormArray<AttributeForm>;
}>;

/** A select attribute needs choices. */
function choices(group: AttributeForm): ValidationErrors | null {
  const { type, options } = group.getRawValue();
  return isSelect(type) && options.length === 0
    ? { options: 'A select attribute needs at least one choice.' }
    : null;
}

/** Codes are unique within the set. */
function uniqueCodes(array: FormArray<AttributeForm>): ValidationErrors | null {
  const codes = array.controls.map((c) => c.controls.code.value.trim());
  const duplicate = codes.find((code, i) => code && codes.indexOf(code) !== i);
  return duplicate ? { duplicateCode: `The code "${duplicate}" is used twice.` } : null;
}

export function attributeForm(attribute?: Partial<AttributeDefinitionDto>): AttributeForm {
  return new FormGroup(
    {
      code: new FormControl(attribute?.code ?? '', {
        nonNullable: true,
        validators: [
          Validators.required,
          Validators.maxLength(64),
          Validators.pattern(ATTRIBUTE_CODE_PATTERN),
        ],
      }),
      label: new FormControl(attribute?.label ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(128)],
      }),
      type: new FormControl<AttributeType>(attribute?.type ?? 'Text', { nonNullable: true }),
      isRequired: new FormControl(!!attribute?.isRequired, { nonNullable: true }),
      options: new FormControl<string[]>([...(attribute?.options ?? [])], { nonNullable: true }),
    },
    { validators: [(g) => choices(g as AttributeForm)] },
  );
}

export function createAttributeSetForm(set?: AttributeSetDto | null): AttributeSetForm {
  return new FormGroup({
    name: new FormControl(set?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(128)],
    }),
    attributes: new FormArray(
      (set?.attributes ?? []).map((a) => attributeForm(a)),
      {
        validators: [(a) => uniqueCodes(a as FormArray<AttributeForm>)],
      },
    ),
  });
}

/** The attributes to send, in the form's order; choices only for the select types. */
export function toAttributeDefinitions(form: AttributeSetForm): AttributeDefinitionDto[] {
  return form.controls.attributes.getRawValue().map((a) => ({
    code: a.code.trim(),
    label: a.label.trim(),
    type: a.type,
    isRequired: a.isRequired,
    options: isSelect(a.type) ? a.options : [],
  }));
}
