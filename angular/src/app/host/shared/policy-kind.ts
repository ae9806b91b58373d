import { FormControl, Validators } from '@angular/forms';

import { PolicyDefinitionDto } from '../../api/generated/models/policy-definition-dto';
import { PolicyValueType } from '../../api/generated/models/policy-value-type';

/** The values of a List policy: "manual,stripe" → ["manual", "stripe"]; empty means none is allowed. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A List policy's value as the host stores it: the chosen values, comma-separated, in the definition's order. */
export function formatList(chosen: readonly string[], allowed: readonly string[]): string {
  return allowed.filter((value) => chosen.includes(value)).join(',');
}

/** The definition's value type; a number when the host leaves it out. */
export function policyKind(definition: Pick<PolicyDefinitionDto, 'valueType'>): PolicyValueType {
  return definition.valueType ?? 'Number';
}

/** A value as people read it: a list's items separated by commas ("None" when empty), a number as it is. */
export function displayPolicyValue(
  definition: Pick<PolicyDefinitionDto, 'valueType'>,
  value: string | null | undefined,
): string {
  if (value === null || value === undefined) {
    return '—';
  }
  if (policyKind(definition) === 'List') {
    const items = parseList(value);
    return items.length > 0 ? items.join(', ') : 'None';
  }
  return value;
}

/**
 * A control for one policy value, kept as the string the host stores: a list comma-separated (checkboxes edit
 * it), a number as digits (0 or more).
 */
export function policyValueControl(
  definition: Pick<PolicyDefinitionDto, 'valueType'>,
  value: string,
): FormControl<string> {
  const validators =
    policyKind(definition) === 'Number' ? [Validators.required, Validators.pattern(/^\d+$/)] : [];
  return new FormControl(value, { nonNullable: true, validators });
}
