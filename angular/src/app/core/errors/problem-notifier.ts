import { Injectable, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';

import { applyServerErrors } from './form-errors';
import { toProblem } from './problem';

/** Shows what went wrong: field errors next to their fields, anything else as a snack bar with the problem title. */
@Injectable({ providedIn: 'root' })
export class ProblemNotifier {
  private readonly snackBar = inject(MatSnackBar);

  /** A snack bar with the problem's title. */
  notify(error: unknown): void {
    this.show(toProblem(error).title);
  }

  /** Field errors on the form's controls; the rest (or a problem with no field errors) as a snack bar. */
  notifyForm(error: unknown, form: AbstractControl): void {
    const problem = toProblem(error);
    const unmatched = applyServerErrors(form, problem.errors);
    if (!problem.errors || Object.keys(problem.errors).length === 0) {
      this.show(problem.title);
    } else if (unmatched.length > 0) {
      this.show(unmatched.join(' '));
    }
  }

  /** A message of the page's own, shown as long as a problem ("Some fields need attention."). */
  warn(message: string): void {
    this.show(message);
  }

  /** A short confirmation ("Tenant created."). */
  success(message: string): void {
    this.show(message, 4000);
  }

  private show(message: string, duration = 8000): void {
    this.snackBar.open(message, 'Dismiss', { duration });
  }
}
