import { AbstractControl, FormArray, FormGroup } from '@angular/forms';

/** The error key a server message is stored under on a control: `control.getError('server')`. */
export const SERVER_ERROR = 'server';

/**
 * Splits a server field name into control path segments: "Slug" → ["Slug"], "$.editionId" → ["editionId"],
 * "FeatureValues[Commerce.Catalog.MaxProductCount]" → ["FeatureValues", "Commerce.Catalog.MaxProductCount"]
 * (a dictionary key in brackets stays whole, dots and all), "Items[0].Name" → ["Items", "0", "Name"].
 */
export function fieldPath(field: string): string[] {
  const segments: string[] = [];
  for (const match of field.replace(/^\$\.?/, '').matchAll(/\[([^\]]*)\]|[^.[\]]+/g)) {
    const segment = (match[1] ?? match[0]).replace(/^['"]|['"]$/g, '');
    if (segment.length > 0) {
      segments.push(segment);
    }
  }
  return segments;
}

/**
 * Finds the control a server field name means. Segments match control names exactly, then ignoring case, so
 * the server's PascalCase ("Slug", "EditionId") finds the form's camelCase ("slug", "editionId"); a control
 * whose name has dots ("Commerce.Catalog.MaxProductCount") is found when the server left out the brackets.
 */
export function findControl(form: AbstractControl, field: string): AbstractControl | null {
  const path = fieldPath(field);
  return path.length === 0 ? null : resolve(form, path);
}

/**
 * Puts the messages of a 400 problem's `errors` on the matching controls (error key "server", marked touched so
 * mat-error shows them). Returns the messages no control matched, for the caller to show elsewhere.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: Readonly<Record<string, readonly string[]>> | undefined,
): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const control = findControl(form, field);
    if (control && control !== form) {
      control.setErrors({ ...control.errors, [SERVER_ERROR]: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

function resolve(control: AbstractControl, segments: string[]): AbstractControl | null {
  if (segments.length === 0) {
    return control;
  }
  for (let take = segments.length; take >= 1; take--) {
    const next = child(control, segments.slice(0, take).join('.'));
    const found = next && resolve(next, segments.slice(take));
    if (found) {
      return found;
    }
  }
  return null;
}

function child(control: AbstractControl, name: string): AbstractControl | null {
  if (control instanceof FormGroup) {
    const exact = control.get([name]);
    if (exact) {
      return exact;
    }
    const key = Object.keys(control.controls).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? control.get([key]) : null;
  }
  if (control instanceof FormArray && /^\d+$/.test(name)) {
    return control.at(Number(name)) ?? null;
  }
  return null;
}
