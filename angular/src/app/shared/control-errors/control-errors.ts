import { Component, input } from '@angular/core';
import { AbstractControl, ValidationErrors } from '@angular/forms';

import { SERVER_ERROR } from '../../core/errors/form-errors';

/** The message for the first error of a control; the server's own message wins. */
export function errorMessage(errors: ValidationErrors | null): string {
  if (!errors) {
    return '';
  }
  if (errors[SERVER_ERROR]) {
    return String(errors[SERVER_ERROR]);
  }
  if (errors['required']) {
    return 'Required.';
  }
  if (errors['maxlength']) {
    return `At most ${errors['maxlength'].requiredLength} characters.`;
  }
  if (errors['minlength']) {
    return `At least ${errors['minlength'].requiredLength} characters.`;
  }
  if (errors['min']) {
    return `At least ${errors['min'].min}.`;
  }
  if (errors['email']) {
    return 'Not an email address.';
  }
  if (errors['pattern']) {
    return 'Not in the expected format.';
  }
  // A custom validator may name its own message: { hostName: 'A host name such as shop.example.com.' }.
  const message = Object.values(errors).find((value) => typeof value === 'string');
  return typeof message === 'string' ? message : 'Not valid.';
}

/**
 * `<mat-error [appControlErrors]="form.controls.slug" />`: the control's error as text. Checked with its parent
 * (default change detection) so it follows the control's status.
 */
@Component({
  selector: 'mat-error[appControlErrors]',
  template: '{{ message() }}',
})
export class ControlErrors {
  readonly appControlErrors = input.required<AbstractControl>();

  protected message(): string {
    return errorMessage(this.appControlErrors().errors);
  }
}
