import { FormControl, Validators } from '@angular/forms';

import { FeatureDefinitionDto } from '../../api/generated/models/feature-definition-dto';
import { FeatureValueType } from '../../api/generated/models/feature-value-type';

/** How a feature's value is edited: the definition's value type, as the host names it. */
export type FeatureKind = FeatureValueType;

/** The definition's value type; a number when the host leaves it out. */
export function featureKind(definition: Pick<FeatureDefinitionDto, 'valueType'>): FeatureKind {
  return definition.valueType ?? 'Number';
}

/** A value as people read it: On/Off for toggles, the value itself otherwise. */
export function displayFeatureValue(kind: FeatureKind, value: string | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  if (kind === 'Toggle') {
    return value.toLowerCase() === 'true' ? 'On' : 'Off';
  }
  return value;
}

/** A control for one feature value, with the checks its type needs (a whole number; a choice made). */
export function featureValueControl(
  definition: Pick<FeatureDefinitionDto, 'valueType'>,
  value: string,
): FormControl<string> {
  const kind = featureKind(definition);
  const validators =
    kind === 'Number'
      ? [Validators.required, Validators.pattern(/^-?\d+$/)]
      : kind === 'Selection'
        ? [Validators.required]
        : [];
  return new FormControl(value, { nonNullable: true, validators });
}
