import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable, startWith } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiStoresStoreIdShippingMethodsIdPut } from '../../../api/generated/fn/shipping-methods/api-stores-store-id-shipping-methods-id-put';
import { apiStoresStoreIdShippingMethodsPost } from '../../../api/generated/fn/shipping-methods/api-stores-store-id-shipping-methods-post';
import { ShippingMethodDto } from '../../../api/generated/models/shipping-method-dto';
import { ShippingMethodType } from '../../../api/generated/models/shipping-method-type';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors, errorMessage } from '../../../shared/control-errors/control-errors';
import { countryChoices, countryName } from '../../shared/regional';
import {
  DestinationForm,
  SHIPPING_LIMITS,
  SHIPPING_TYPES,
  ShippingForm,
  applyShippingType,
  createShippingForm,
  destinationForm,
  isTypeAllowed,
  toShippingBody,
  weightRateForm,
} from '../shipping-form';

export interface ShippingDialogData {
  readonly storeId: string;
  /** The method to edit; none to create one. */
  readonly method?: ShippingMethodDto | null;
  /** The store's currency, for the price fields. */
  readonly currency: string;
  /** The platform policy's allowed types (comma-separated), as the application configuration has it. */
  readonly allowedTypes?: string;
}

/**
 * Creates or edits a shipping method. The fields follow the type: a price (flat rate, local pickup), a threshold
 * (free above), weight brackets (weight-based); and where it ships (countries with optional regions). Closes with
 * the saved method. Refusals that are not about one field (the platform policy, the rates) show in the dialog.
 */
@Component({
  selector: 'app-shipping-dialog',
  imports: [
    ControlErrors,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './shipping-dialog.html',
  styleUrl: './shipping-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShippingDialog {
  private readonly api = inject(Api);
  private readonly dialogRef =
    inject<MatDialogRef<ShippingDialog, ShippingMethodDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<ShippingDialogData>(MAT_DIALOG_DATA);

  protected readonly isNew = !this.data.method;
  protected readonly limits = SHIPPING_LIMITS;
  protected readonly separators = [ENTER, COMMA];
  protected readonly types = SHIPPING_TYPES.map((info) => ({
    ...info,
    allowed: isTypeAllowed(info.type, this.data.allowedTypes),
  }));

  protected readonly form: ShippingForm = createShippingForm(
    this.data.method,
    this.types.find((info) => info.allowed)?.type ?? 'FlatRate',
  );
  protected readonly type = toSignal(
    this.form.controls.type.valueChanges.pipe(startWith(this.form.controls.type.value)),
    { initialValue: this.form.controls.type.value },
  );
  protected readonly typeInfo = computed(() =>
    this.types.find((info) => info.type === this.type()),
  );

  protected readonly saving = signal(false);
  /** A refusal that is not about one field: the platform policy, rates that do not fit the type. */
  protected readonly refusal = signal<string | null>(null);

  /** The country being looked for in "Add a country". */
  protected readonly countrySearch = new FormControl('', { nonNullable: true });
  private readonly countryText = toSignal(this.countrySearch.valueChanges, { initialValue: '' });
  private readonly destinationCount = signal(this.form.controls.destinations.length);
  protected readonly countryOptions = computed(() => {
    this.destinationCount();
    const text = (this.countryText() ?? '').trim().toLowerCase();
    const chosen = new Set(this.form.controls.destinations.value.map((d) => d.countryCode));
    return countryChoices()
      .filter((country) => !chosen.has(country.value))
      .filter((country) => !text || country.label.toLowerCase().includes(text))
      .slice(0, 50);
  });

  constructor() {
    this.form.controls.type.valueChanges.subscribe((type) => {
      applyShippingType(this.form, type);
      this.refusal.set(null);
    });
  }

  protected countryName(code: string): string {
    return countryName(code);
  }

  protected message(errors: Parameters<typeof errorMessage>[0]): string {
    return errorMessage(errors);
  }

  // Weight brackets

  protected addBracket(): void {
    const rates = this.form.controls.weightRates;
    const heaviest = Math.max(0, ...rates.value.map((rate) => Number(rate.upToGrams ?? 0)));
    rates.push(weightRateForm({ upToGrams: heaviest + 1000 }));
  }

  protected removeBracket(index: number): void {
    this.form.controls.weightRates.removeAt(index);
  }

  // Destinations

  protected addCountry(event: MatAutocompleteSelectedEvent): void {
    const code = String(event.option.value);
    const destinations = this.form.controls.destinations;
    if (
      destinations.length < SHIPPING_LIMITS.maxDestinations &&
      !destinations.value.some((d) => d.countryCode === code)
    ) {
      destinations.push(destinationForm(code));
      this.destinationCount.set(destinations.length);
    }
    this.countrySearch.setValue('');
  }

  protected removeCountry(index: number): void {
    this.form.controls.destinations.removeAt(index);
    this.destinationCount.set(this.form.controls.destinations.length);
  }

  protected addRegion(destination: DestinationForm, event: MatChipInputEvent): void {
    const code = event.value.trim().toUpperCase();
    const regions = destination.controls.regionCodes;
    if (/^[A-Z0-9]{1,8}$/.test(code) && !regions.value.includes(code)) {
      regions.setValue([...regions.value, code]);
    }
    event.chipInput.clear();
  }

  protected removeRegion(destination: DestinationForm, code: string): void {
    const regions = destination.controls.regionCodes;
    regions.setValue(regions.value.filter((value) => value !== code));
  }

  // Save

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const body = toShippingBody(this.form);
    const method = this.data.method;
    let request: Observable<ShippingMethodDto>;
    if (method) {
      const { type: _type, ...settings } = body;
      request = this.api.invoke(apiStoresStoreIdShippingMethodsIdPut, {
        storeId: this.data.storeId,
        id: method.id,
        body: { ...settings, version: method.version },
      });
    } else {
      request = this.api.invoke(apiStoresStoreIdShippingMethodsPost, {
        storeId: this.data.storeId,
        body,
      });
    }
    this.saving.set(true);
    this.refusal.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (problem.errors && Object.keys(problem.errors).length > 0) {
          this.notifier.notifyForm(error, this.form);
        } else {
          this.refusal.set(problem.title);
        }
      },
    });
  }

  /** Shown beside the type when the policy does not allow it. */
  protected typeAllowed(type: ShippingMethodType): boolean {
    return this.types.find((info) => info.type === type)?.allowed ?? true;
  }
}
