import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

/**
 * The host's rules (StoreConsts, StoreThemeConsts, StoreUrl, StoreAddressConsts), checked before a save so most
 * mistakes never travel. Each error carries its message, which `<mat-error [appControlErrors]>` shows.
 */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export const HOST_PATTERN =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** A link a merchant puts on the storefront: absolute http(s), or a path on the store ("/sale"). */
export function isStoreUrl(value: string): boolean {
  const url = value.trim();
  if (url.startsWith('/')) {
    return !url.startsWith('//');
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function text(control: AbstractControl): string {
  return String(control.value ?? '').trim();
}

/** Empty passes (pair with Validators.required); otherwise an http(s) address or a path on the store. */
export const storeUrl: ValidatorFn = (control): ValidationErrors | null =>
  text(control) === '' || isStoreUrl(text(control))
    ? null
    : { storeUrl: 'Use an http(s) address or a path on the store such as /sale.' };

/** A #rrggbb color. */
export const color: ValidatorFn = (control) =>
  COLOR_PATTERN.test(text(control)) ? null : { color: 'Write the color as #rrggbb.' };

/** A custom domain: a lower-case host name without scheme or port. */
export const hostName: ValidatorFn = (control) =>
  text(control) === '' || HOST_PATTERN.test(text(control))
    ? null
    : { hostName: 'A host name such as shop.example.com, without http:// or a port.' };

/** Empty passes; otherwise two letters, an ISO 3166 country code. */
export const countryCode: ValidatorFn = (control) =>
  text(control) === '' || COUNTRY_PATTERN.test(text(control).toUpperCase())
    ? null
    : { countryCode: 'Two letters, such as US or DE.' };

const slugFormat: ValidatorFn = (control) =>
  text(control) === '' || SLUG_PATTERN.test(text(control))
    ? null
    : { slug: 'Lower-case letters, digits and hyphens; no hyphen at either end.' };

/** A store address: lower-case letters, digits and hyphens, 2 to 63 characters. */
export const slug: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(2),
  Validators.maxLength(63),
  slugFormat,
];

/** A list (FormArray) of at most `max` entries. */
export function maxItems(max: number, what: string): ValidatorFn {
  return (control) =>
    Array.isArray(control.value) && control.value.length > max
      ? { maxItems: `At most ${max} ${what}.` }
      : null;
}

/** One of the given values (a choice typed into an autocomplete). */
export function oneOf(values: readonly string[], message: string): ValidatorFn {
  const known = new Set(values);
  return (control) =>
    text(control) === '' || known.has(text(control)) ? null : { oneOf: message };
}
