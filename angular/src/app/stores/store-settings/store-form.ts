import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidatorFn,
  Validators,
} from '@angular/forms';

import { StoreBannerDto } from '../../api/generated/models/store-banner-dto';
import { StoreDto } from '../../api/generated/models/store-dto';
import { StoreStatus } from '../../api/generated/models/store-status';
import { UpdateStoreDto } from '../../api/generated/models/update-store-dto';
import { Problem } from '../../core/errors/problem';
import { timeZoneChoices } from '../shared/regional';
import {
  color,
  countryCode,
  hostName,
  isStoreUrl,
  maxItems,
  oneOf,
  slug,
  storeUrl,
} from '../shared/validators';

/** The host's limits (StoreConsts, StoreThemeConsts, StoreAddressConsts). */
export const STORE_LIMITS = {
  maxCustomDomains: 10,
  maxBanners: 10,
  policyText: 20_000,
} as const;

/** The colors a new store starts with (StoreTheme.Default on the host). */
export const DEFAULT_THEME = {
  primaryColor: '#1f2937',
  accentColor: '#2563eb',
  backgroundColor: '#ffffff',
  textColor: '#111827',
} as const;

export type BannerForm = FormGroup<{
  imageUrl: FormControl<string>;
  title: FormControl<string>;
  subtitle: FormControl<string>;
  linkUrl: FormControl<string>;
}>;

/**
 * The settings page as one form, shaped like UpdateStoreDto so the host's field errors ("Theme.Banners[0].Title",
 * "Address.CountryCode") land on the matching controls.
 */
export type StoreForm = FormGroup<{
  name: FormControl<string>;
  slug: FormControl<string>;
  status: FormControl<StoreStatus>;
  defaultLocale: FormControl<string>;
  currency: FormControl<string>;
  timeZone: FormControl<string>;
  domains: FormArray<FormControl<string>>;
  contactEmail: FormControl<string>;
  contactPhone: FormControl<string>;
  address: FormGroup<{
    line1: FormControl<string>;
    line2: FormControl<string>;
    city: FormControl<string>;
    region: FormControl<string>;
    postalCode: FormControl<string>;
    countryCode: FormControl<string>;
  }>;
  logoUrl: FormControl<string>;
  theme: FormGroup<{
    primaryColor: FormControl<string>;
    accentColor: FormControl<string>;
    backgroundColor: FormControl<string>;
    textColor: FormControl<string>;
    fontFamily: FormControl<string>;
    banners: FormArray<BannerForm>;
  }>;
  returnPolicy: FormControl<string>;
  tax: TaxForm;
}>;

/** The store's tax: one rate, whether catalog prices include it, and whether shipping is taxed. */
export type TaxForm = FormGroup<{
  ratePercent: FormControl<number>;
  pricesIncludeTax: FormControl<boolean>;
  taxShipping: FormControl<boolean>;
}>;

function field(
  value: string | null | undefined,
  ...validators: ValidatorFn[]
): FormControl<string> {
  return new FormControl(value ?? '', { nonNullable: true, validators });
}

export function domainControl(host: string): FormControl<string> {
  return field(host, Validators.required, hostName);
}

export function bannerForm(banner?: Partial<StoreBannerDto>): BannerForm {
  return new FormGroup({
    imageUrl: field(banner?.imageUrl, Validators.required, Validators.maxLength(2048), storeUrl),
    title: field(banner?.title, Validators.required, Validators.maxLength(128)),
    subtitle: field(banner?.subtitle, Validators.maxLength(256)),
    linkUrl: field(banner?.linkUrl, Validators.maxLength(2048), storeUrl),
  });
}

/** The form for a store's settings, filled from the store. */
export function createStoreForm(store: StoreDto): StoreForm {
  const banners = [...(store.theme.banners ?? [])].sort(
    (a, b) => Number(a.position ?? 0) - Number(b.position ?? 0),
  );
  return new FormGroup({
    name: field(store.name, Validators.required, Validators.maxLength(128)),
    slug: field(store.slug, ...slug),
    status: new FormControl<StoreStatus>(store.status, { nonNullable: true }),
    defaultLocale: field(store.defaultLocale, Validators.required),
    currency: field(store.currency, Validators.required),
    timeZone: field(
      store.timeZone,
      Validators.required,
      oneOf(timeZoneChoices(store.timeZone), 'Pick a time zone from the list.'),
    ),
    domains: new FormArray(store.domains.map(domainControl), {
      validators: [maxItems(STORE_LIMITS.maxCustomDomains, 'custom domains')],
    }),
    contactEmail: field(store.contactEmail, Validators.email, Validators.maxLength(256)),
    contactPhone: field(store.contactPhone, Validators.maxLength(32)),
    address: new FormGroup({
      line1: field(store.address.line1, Validators.maxLength(256)),
      line2: field(store.address.line2, Validators.maxLength(256)),
      city: field(store.address.city, Validators.maxLength(128)),
      region: field(store.address.region, Validators.maxLength(128)),
      postalCode: field(store.address.postalCode, Validators.maxLength(32)),
      countryCode: field(store.address.countryCode, countryCode),
    }),
    logoUrl: field(store.logoUrl, Validators.maxLength(2048), storeUrl),
    theme: new FormGroup({
      primaryColor: field(store.theme.primaryColor, Validators.required, color),
      accentColor: field(store.theme.accentColor, Validators.required, color),
      backgroundColor: field(store.theme.backgroundColor, Validators.required, color),
      textColor: field(store.theme.textColor, Validators.required, color),
      fontFamily: field(store.theme.fontFamily, Validators.maxLength(64)),
      banners: new FormArray(
        banners.map((banner) => bannerForm(banner)),
        {
          validators: [maxItems(STORE_LIMITS.maxBanners, 'banners')],
        },
      ),
    }),
    returnPolicy: field(store.returnPolicy, Validators.maxLength(STORE_LIMITS.policyText)),
    tax: new FormGroup({
      ratePercent: new FormControl(Number(store.tax?.ratePercent ?? 0), {
        nonNullable: true,
        validators: [Validators.required, Validators.min(0), Validators.max(100)],
      }),
      pricesIncludeTax: new FormControl(store.tax?.pricesIncludeTax ?? false, {
        nonNullable: true,
      }),
      taxShipping: new FormControl(store.tax?.taxShipping ?? false, { nonNullable: true }),
    }),
  });
}

/** What PUT /api/stores/{id} takes: trimmed, empty optional text as null, banners positioned in their order. */
export function toUpdateStore(form: StoreForm, version: StoreDto['version']): UpdateStoreDto {
  const value = form.getRawValue();
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    name: value.name.trim(),
    slug: value.slug.trim().toLowerCase(),
    status: value.status,
    defaultLocale: value.defaultLocale,
    currency: value.currency,
    timeZone: value.timeZone,
    domains: value.domains.map((host) => host.trim().toLowerCase()).filter(Boolean),
    contactEmail: optional(value.contactEmail),
    contactPhone: optional(value.contactPhone),
    address: {
      line1: optional(value.address.line1),
      line2: optional(value.address.line2),
      city: optional(value.address.city),
      region: optional(value.address.region),
      postalCode: optional(value.address.postalCode),
      countryCode: optional(value.address.countryCode)?.toUpperCase() ?? null,
    },
    logoUrl: optional(value.logoUrl),
    theme: {
      primaryColor: value.theme.primaryColor.trim(),
      accentColor: value.theme.accentColor.trim(),
      backgroundColor: value.theme.backgroundColor.trim(),
      textColor: value.theme.textColor.trim(),
      fontFamily: optional(value.theme.fontFamily),
      banners: value.theme.banners.map((banner, index) => ({
        imageUrl: banner.imageUrl.trim(),
        title: banner.title.trim(),
        subtitle: optional(banner.subtitle),
        linkUrl: optional(banner.linkUrl),
        position: index,
      })),
    },
    returnPolicy: optional(value.returnPolicy),
    tax: {
      ratePercent: Number(value.tax.ratePercent),
      pricesIncludeTax: value.tax.pricesIncludeTax,
      taxShipping: value.tax.taxShipping,
    },
    version,
  };
}

/** The sections of the settings page, with the top-level controls each holds. */
export const STORE_SECTIONS = [
  {
    label: 'General',
    controls: ['name', 'slug', 'status', 'defaultLocale', 'currency', 'timeZone'],
  },
  { label: 'Domains', controls: ['domains'] },
  { label: 'Contact & address', controls: ['contactEmail', 'contactPhone', 'address'] },
  { label: 'Appearance', controls: ['logoUrl', 'theme'] },
  { label: 'Tax', controls: ['tax'] },
  { label: 'Policies', controls: ['returnPolicy'] },
] as const;

/** The index of the first section holding an invalid control, or -1. */
export function firstInvalidSection(form: StoreForm): number {
  return STORE_SECTIONS.findIndex((section) => sectionInvalid(form, section.label));
}

export function sectionInvalid(form: StoreForm, label: string): boolean {
  const section = STORE_SECTIONS.find((s) => s.label === label);
  return !!section?.controls.some((name) => form.get(name)?.invalid);
}

/**
 * Where a refusal with a code but no field errors belongs. The host names the field only in its message
 * (a domain, a setting) or not at all (a color, a link), so the form looks for the control that matches.
 */
export function problemControl(form: StoreForm, problem: Problem): AbstractControl | null {
  const c = form.controls;
  switch (problem.code) {
    case 'Commerce:Stores:DuplicateStoreSlug':
    case 'Commerce:Stores:InvalidStoreSlug':
      return c.slug;
    case 'Commerce:Stores:InvalidCurrency':
      return c.currency;
    case 'Commerce:Stores:InvalidLocale':
      return c.defaultLocale;
    case 'Commerce:Stores:InvalidTimeZone':
      return c.timeZone;
    case 'Commerce:Stores:InvalidDomain':
    case 'Commerce:Stores:DuplicateDomain':
      return (
        c.domains.controls.find((domain) =>
          problem.title.includes(`'${domain.value.trim().toLowerCase()}'`),
        ) ?? c.domains
      );
    case 'Commerce:Stores:TooManyDomains':
      return c.domains;
    case 'Commerce:Stores:TooManyBanners':
      return c.theme.controls.banners;
    case 'Commerce:Stores:InvalidColor': {
      const t = c.theme.controls;
      const colors = [t.primaryColor, t.accentColor, t.backgroundColor, t.textColor];
      return colors.find((control) => !/^#[0-9a-fA-F]{6}$/.test(control.value.trim())) ?? null;
    }
    case 'Commerce:Stores:InvalidUrl': {
      const urls = [
        c.logoUrl,
        ...c.theme.controls.banners.controls.flatMap((b) => [
          b.controls.imageUrl,
          b.controls.linkUrl,
        ]),
      ];
      return (
        urls.find((control) => control.value.trim() !== '' && !isStoreUrl(control.value)) ?? null
      );
    }
    default:
      return null;
  }
}
