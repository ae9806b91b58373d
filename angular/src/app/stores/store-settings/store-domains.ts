import { AbstractControl, FormControl, ValidationErrors } from '@angular/forms';

import { hostName } from '../shared/validators';
import { StoreForm, domainControl } from './store-form';

/** The part of the default domain after the slug (".localhost", ".shops.example.com"): the platform's own. */
export function platformSuffix(defaultDomain: string | null | undefined): string | null {
  if (!defaultDomain) {
    return null;
  }
  const dot = defaultDomain.indexOf('.');
  return dot < 0 ? null : defaultDomain.slice(dot);
}

/**
 * The Domains tab's custom domains: the field for a new one, checked (a host name, not the platform's, not the
 * store's already) before it joins the form's list, and the removal of one.
 */
export class CustomDomains {
  /** The custom domain being typed. */
  readonly input = new FormControl('', {
    nonNullable: true,
    validators: [hostName, (control) => this.taken(control)],
  });

  /**
   * @param suffix the platform's part of the store's default domain
   * @param form the settings form whose list a domain joins
   */
  constructor(
    private readonly suffix: () => string | null,
    private readonly form: () => StoreForm | null,
  ) {}

  add(form: StoreForm, event?: Event): void {
    event?.preventDefault();
    const host = this.input.value.trim().toLowerCase().replace(/\.$/, '');
    this.input.setValue(host);
    if (!host || this.input.invalid) {
      this.input.markAsTouched();
      return;
    }
    form.controls.domains.push(domainControl(host));
    form.controls.domains.markAsDirty();
    this.input.reset();
  }

  remove(form: StoreForm, index: number): void {
    form.controls.domains.removeAt(index);
    form.controls.domains.markAsDirty();
    this.input.updateValueAndValidity();
  }

  private taken(control: AbstractControl): ValidationErrors | null {
    const host = String(control.value ?? '')
      .trim()
      .toLowerCase();
    if (!host) {
      return null;
    }
    const suffix = this.suffix();
    if (suffix && (host.endsWith(suffix) || `.${host}` === suffix)) {
      return {
        platform: `Addresses under ${suffix} belong to the platform; use a domain of your own.`,
      };
    }
    const taken = this.form()?.controls.domains.value.includes(host);
    return taken ? { taken: 'This store has that domain already.' } : null;
  }
}
