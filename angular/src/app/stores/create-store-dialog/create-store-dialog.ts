import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { Api } from '../../api/generated/api';
import { apiStoresPost } from '../../api/generated/fn/stores/api-stores-post';
import { StoreDto } from '../../api/generated/models/store-dto';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { toProblem } from '../../core/errors/problem';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import {
  browserTimeZone,
  currencyChoices,
  localeChoices,
  slugify,
  timeZoneChoices,
} from '../shared/regional';
import { TimeZoneField } from '../shared/time-zone-field';
import { oneOf, slug } from '../shared/validators';

/** The form of a new store: what it needs to exist. Everything else is on its settings page afterwards. */
export function createStoreForm() {
  const zones = timeZoneChoices();
  const zone = browserTimeZone();
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(128)],
    }),
    slug: new FormControl('', { nonNullable: true, validators: slug }),
    defaultLocale: new FormControl('en-US', { nonNullable: true, validators: Validators.required }),
    currency: new FormControl('USD', { nonNullable: true, validators: Validators.required }),
    timeZone: new FormControl(zones.includes(zone) ? zone : 'UTC', {
      nonNullable: true,
      validators: [Validators.required, oneOf(zones, 'Pick a time zone from the list.')],
    }),
  });
}

/**
 * Adds a store: name, its address (slug, suggested from the name until the user edits it), locale, currency and
 * time zone; closes with the new store. The plan's refusals (multi-store, the store limit) show the host's title.
 */
@Component({
  selector: 'app-create-store-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TimeZoneField,
  ],
  templateUrl: './create-store-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateStoreDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<CreateStoreDialog, StoreDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly form = createStoreForm();
  protected readonly saving = signal(false);
  /** A refusal that is about the plan, not a field: shown in the dialog, above the fields. */
  protected readonly refusal = signal<string | null>(null);

  protected readonly locales = localeChoices();
  protected readonly currencies = currencyChoices();

  /** The slug follows the name until the user types a slug of their own. */
  private slugEdited = false;

  constructor() {
    this.form.controls.name.valueChanges.subscribe((name) => {
      if (!this.slugEdited) {
        this.form.controls.slug.setValue(slugify(name));
      }
    });
  }

  protected slugTyped(): void {
    this.slugEdited = this.form.controls.slug.value !== '';
  }

  protected create(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.refusal.set(null);
    this.api
      .invoke(apiStoresPost, {
        body: { ...value, name: value.name.trim(), slug: value.slug.trim() },
      })
      .subscribe({
        next: (store) => this.dialogRef.close(store),
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          const control = createProblemControl(this.form, problem.code);
          if (control) {
            control.setErrors({ server: problem.title });
            control.markAsTouched();
          } else if (problem.status === 403) {
            this.refusal.set(problem.title);
          } else {
            this.notifier.notifyForm(error, this.form);
          }
        },
      });
  }
}

/** The field a refusal of a new store is about, by its code. */
export function createProblemControl(
  form: ReturnType<typeof createStoreForm>,
  code: string | undefined,
): FormControl<string> | null {
  switch (code) {
    case 'Commerce:Stores:DuplicateStoreSlug':
    case 'Commerce:Stores:InvalidStoreSlug':
      return form.controls.slug;
    case 'Commerce:Stores:InvalidCurrency':
      return form.controls.currency;
    case 'Commerce:Stores:InvalidLocale':
      return form.controls.defaultLocale;
    case 'Commerce:Stores:InvalidTimeZone':
      return form.controls.timeZone;
    default:
      return null;
  }
}
