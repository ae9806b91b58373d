import { FormControl, Validators } from '@angular/forms';

import { FeatureDefinitionDto } from '../../api/generated/models/feature-definition-dto';

/** How a feature's value is edited. */
export type FeatureKind = 'Toggle' | 'Number' | 'Selection';

const KINDS: readonly FeatureKind[] = ['Toggle', 'Number', 'Selection'];

/**
 * The definition's value type. The host sends the enum's name ("Toggle"); its OpenAPI document still describes
 * the enum as an integer, so the position is understood too.
 */
export function featureKind(definition: Pick<FeatureDefinitionDto, 'valueType'>): FeatureKind {
  const type: unknown = definition.valueType;
  if (typeof type === 'number') {
    return KINDS[type] ?? 'Number';
  }
  return KINDS.find((kind) => kind.toLowerCase() === String(type).toLowerCase()) ?? 'Number';
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
