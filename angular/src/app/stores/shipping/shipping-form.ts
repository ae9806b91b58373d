import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';

import { CreateShippingMethodDto } from '../../api/generated/models/create-shipping-method-dto';
import { ShippingMethodDto } from '../../api/generated/models/shipping-method-dto';
import { ShippingMethodType } from '../../api/generated/models/shipping-method-type';
import { countryName, formatMoney } from '../shared/regional';
import { COUNTRY_PATTERN } from '../shared/validators';

/** The host's limits (ShippingMethodConsts). */
export const SHIPPING_LIMITS = {
  maxWeightRates: 50,
  maxDestinations: 250,
  maxRegions: 100,
} as const;

export interface ShippingTypeInfo {
  readonly type: ShippingMethodType;
  readonly label: string;
  readonly description: string;
  /** The value of the type in the platform policy Commerce.Policies.AllowedShippingMethodTypes. */
  readonly policyValue: string;
}

export const SHIPPING_TYPES: readonly ShippingTypeInfo[] = [
  {
    type: 'FlatRate',
    label: 'Flat rate',
    description: 'One price per order.',
    policyValue: 'flat-rate',
  },
  {
    type: 'WeightBased',
    label: 'Weight-based',
    description: 'A price per weight bracket of the order.',
    policyValue: 'weight-based',
  },
  {
    type: 'FreeAbove',
    label: 'Free above an amount',
    description: 'Free from an order value up; not offered below it.',
    policyValue: 'free-above',
  },
  {
    type: 'LocalPickup',
    label: 'Local pickup',
    description: "The customer collects the order at the store's address.",
    policyValue: 'local-pickup',
  },
];

export function shippingTypeLabel(type: ShippingMethodType): string {
  return SHIPPING_TYPES.find((info) => info.type === type)?.label ?? type;
}

/**
 * Whether the platform policy lets the tenant use a type. The policy's value is comma-separated; without one
 * (the host did not send it) every type is assumed allowed, and the host has the last word.
 */
export function isTypeAllowed(type: ShippingMethodType, policy: string | undefined): boolean {
  if (policy === undefined || policy === null) {
    return true;
  }
  const allowed = policy
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  return allowed.includes(SHIPPING_TYPES.find((info) => info.type === type)?.policyValue ?? '');
}

export type WeightRateForm = FormGroup<{
  upToGrams: FormControl<number | null>;
  price: FormControl<number | null>;
}>;

export type DestinationForm = FormGroup<{
  countryCode: FormControl<string>;
  regionCodes: FormControl<string[]>;
}>;

/** One form for every type, shaped like the DTO; the controls a type does not use are disabled. */
export type ShippingForm = FormGroup<{
  type: FormControl<ShippingMethodType>;
  name: FormControl<string>;
  description: FormControl<string>;
  isEnabled: FormControl<boolean>;
  price: FormControl<number | null>;
  freeAboveAmount: FormControl<number | null>;
  weightRates: FormArray<WeightRateForm>;
  destinations: FormArray<DestinationForm>;
}>;

const money = [Validators.required, Validators.min(0), Validators.max(1_000_000_000)];

export function weightRateForm(rate?: {
  upToGrams?: number | string;
  price?: number | string;
}): WeightRateForm {
  return new FormGroup({
    upToGrams: new FormControl<number | null>(
      rate?.upToGrams == null ? null : Number(rate.upToGrams),
      {
        validators: [Validators.required, Validators.min(1)],
      },
    ),
    price: new FormControl<number | null>(rate?.price == null ? null : Number(rate.price), {
      validators: money,
    }),
  });
}

export function destinationForm(countryCode: string, regionCodes: string[] = []): DestinationForm {
  return new FormGroup({
    countryCode: new FormControl(countryCode, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(COUNTRY_PATTERN)],
    }),
    regionCodes: new FormControl<string[]>(regionCodes, { nonNullable: true }),
  });
}

/** Weight brackets must be distinct: two brackets "up to 1000 g" leave the price ambiguous. */
function distinctBrackets(control: AbstractControl): ValidationErrors | null {
  const grams = (control.value as { upToGrams: number | null }[])
    .map((rate) => rate.upToGrams)
    .filter((value) => value != null);
  return new Set(grams).size === grams.length
    ? null
    : { distinct: 'Each bracket needs its own weight limit.' };
}

function atLeastOne(control: AbstractControl): ValidationErrors | null {
  return (control.value as unknown[]).length > 0
    ? null
    : { atLeastOne: 'Add at least one bracket.' };
}

/** The form of a new method (of the given type), or of an existing one. */
export function createShippingForm(
  method?: ShippingMethodDto | null,
  type: ShippingMethodType = 'FlatRate',
): ShippingForm {
  const form: ShippingForm = new FormGroup({
    type: new FormControl<ShippingMethodType>(method?.type ?? type, { nonNullable: true }),
    name: new FormControl(method?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(128)],
    }),
    description: new FormControl(method?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(512)],
    }),
    isEnabled: new FormControl(method?.isEnabled ?? true, { nonNullable: true }),
    price: new FormControl<number | null>(method ? Number(method.price) : null, {
      validators: money,
    }),
    freeAboveAmount: new FormControl<number | null>(
      method?.freeAboveAmount == null ? null : Number(method.freeAboveAmount),
      { validators: money },
    ),
    weightRates: new FormArray(
      (method?.weightRates ?? []).map((rate) => weightRateForm(rate)),
      { validators: [atLeastOne, distinctBrackets] },
    ),
    destinations: new FormArray(
      (method?.destinations ?? []).map((d) =>
        destinationForm(d.countryCode, [...(d.regionCodes ?? [])]),
      ),
    ),
  });
  if (method) {
    // The type of a method does not change after it is created.
    form.controls.type.disable();
  }
  applyShippingType(form, form.controls.type.value);
  return form;
}

/** Enables the controls the type uses and disables the others (disabled controls are not validated or sent). */
export function applyShippingType(form: ShippingForm, type: ShippingMethodType): void {
  const c = form.controls;
  const toggle = (control: AbstractControl, on: boolean) =>
    on ? control.enable({ emitEvent: false }) : control.disable({ emitEvent: false });
  toggle(c.price, type === 'FlatRate' || type === 'LocalPickup');
  toggle(c.freeAboveAmount, type === 'FreeAbove');
  toggle(c.weightRates, type === 'WeightBased');
  // A pickup is at the store: it serves no destinations.
  toggle(c.destinations, type !== 'LocalPickup');
  if (type === 'WeightBased' && c.weightRates.length === 0) {
    c.weightRates.push(weightRateForm({ upToGrams: 1000 }), { emitEvent: false });
  }
  if ((type === 'FlatRate' || type === 'LocalPickup') && c.price.value == null) {
    c.price.setValue(type === 'LocalPickup' ? 0 : null, { emitEvent: false });
  }
  form.updateValueAndValidity();
}

/**
 * What the host takes for the form: the rates the type uses (price 0, no free-above amount and no brackets
 * where it does not), brackets in ascending weight, destinations with upper-case codes.
 */
export function toShippingBody(form: ShippingForm): CreateShippingMethodDto {
  const value = form.getRawValue();
  const type = value.type;
  const usesPrice = type === 'FlatRate' || type === 'LocalPickup';
  return {
    type,
    name: value.name.trim(),
    description: value.description.trim() || null,
    isEnabled: value.isEnabled,
    price: usesPrice ? Number(value.price ?? 0) : 0,
    freeAboveAmount: type === 'FreeAbove' ? Number(value.freeAboveAmount ?? 0) : null,
    weightRates:
      type === 'WeightBased'
        ? value.weightRates
            .map((rate) => ({ upToGrams: Number(rate.upToGrams), price: Number(rate.price ?? 0) }))
            .sort((a, b) => a.upToGrams - b.upToGrams)
        : [],
    destinations:
      type === 'LocalPickup'
        ? []
        : value.destinations.map((d) => ({
            countryCode: d.countryCode.trim().toUpperCase(),
            regionCodes: d.regionCodes.map((code) => code.trim().toUpperCase()).filter(Boolean),
          })),
  };
}

/** "$5.00", "Free from $50.00", "3 brackets, from $4.00", "$0.00 at the store" — for the list. */
export function rateSummary(method: ShippingMethodDto, currency: string, locale?: string): string {
  const price = (amount: number | string | null | undefined) =>
    formatMoney(amount, currency, locale);
  switch (method.type) {
    case 'FlatRate':
      return price(method.price);
    case 'FreeAbove':
      return `Free from ${price(method.freeAboveAmount)}`;
    case 'LocalPickup':
      return Number(method.price) === 0 ? 'Free pickup' : `${price(method.price)} pickup`;
    case 'WeightBased': {
      const rates = [...method.weightRates].sort(
        (a, b) => Number(a.upToGrams) - Number(b.upToGrams),
      );
      if (rates.length === 0) {
        return 'No brackets';
      }
      const lowest = Math.min(...rates.map((rate) => Number(rate.price)));
      const heaviest = Number(rates[rates.length - 1].upToGrams);
      return `${rates.length} bracket${rates.length === 1 ? '' : 's'} up to ${formatGrams(heaviest)}, from ${price(lowest)}`;
    }
    default:
      return '';
  }
}

/** "Everywhere", or "United States (CA, NY), Germany". */
export function destinationSummary(method: ShippingMethodDto): string {
  if (method.type === 'LocalPickup') {
    return 'At the store';
  }
  if (method.destinations.length === 0) {
    return 'Everywhere';
  }
  return method.destinations
    .map((d) =>
      d.regionCodes?.length
        ? `${countryName(d.countryCode)} (${d.regionCodes.join(', ')})`
        : countryName(d.countryCode),
    )
    .join(', ');
}

export function formatGrams(grams: number): string {
  return grams >= 1000 && grams % 100 === 0 ? `${grams / 1000} kg` : `${grams} g`;
}
