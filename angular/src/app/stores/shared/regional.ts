/** Choices for a store's locale, currency, time zone and countries, with names the browser knows how to say. */

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** ISO 4217 codes of the currencies in circulation (the host checks each against its own region data). */
const CURRENCY_CODES =
  `AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD
HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
SAR SBD SCR SDG SEK SGD SHP SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV
WST XAF XCD XOF XPF YER ZAR ZMW`
    .split(/\s+/)
    .filter(Boolean);

/** Specific cultures (language and region) a storefront is commonly shown in. */
const LOCALE_CODES =
  `en-US en-GB en-CA en-AU en-NZ en-IE en-IN en-ZA de-DE de-AT de-CH fr-FR fr-CA fr-BE fr-CH
es-ES es-MX es-AR es-CO es-CL it-IT pt-PT pt-BR nl-NL nl-BE sv-SE da-DK nb-NO fi-FI is-IS pl-PL cs-CZ sk-SK hu-HU ro-RO
bg-BG hr-HR sl-SI el-GR tr-TR ru-RU uk-UA et-EE lv-LV lt-LT ja-JP ko-KR zh-CN zh-TW zh-HK th-TH vi-VN id-ID ms-MY fil-PH
he-IL ar-SA ar-AE ar-EG hi-IN`
    .split(/\s+/)
    .filter(Boolean);

/** Codes the browser names that are not countries: groupings, reserved and private-use codes. */
const NOT_COUNTRIES = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
  'ZZ',
]);

/** ISO 3166-1 alpha-2 codes: A–Z pairs the browser has a name for, less old aliases (DD, SU, UK, …). */
function regionCodes(): string[] {
  const names = displayNames('region');
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = names?.of(code);
      if (name && name !== code && !NOT_COUNTRIES.has(code) && isCanonicalRegion(code)) {
        codes.push(code);
      }
    }
  }
  return codes;
}

function isCanonicalRegion(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

function displayNames(type: Intl.DisplayNamesType): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type, fallback: 'code', languageDisplay: 'standard' });
  } catch {
    return null;
  }
}

function nameOf(type: Intl.DisplayNamesType, code: string): string {
  try {
    return displayNames(type)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "EUR — Euro", sorted by code; `current` is kept even when it is not in the list. */
export function currencyChoices(current?: string | null): Choice[] {
  return withCurrent(CURRENCY_CODES, current).map((code) => ({
    value: code,
    label: `${code} — ${nameOf('currency', code)}`,
  }));
}

/** "English (United States) — en-US", sorted by name; `current` is kept even when it is not in the list. */
export function localeChoices(current?: string | null): Choice[] {
  return withCurrent(LOCALE_CODES, current)
    .map((code) => ({ value: code, label: `${nameOf('language', code)} — ${code}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The IANA zones the browser knows ("Europe/Berlin"), UTC first; `current` is kept even when unknown. */
export function timeZoneChoices(current?: string | null): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const rest = zones.filter((zone) => zone !== 'UTC');
  const all = ['UTC', ...rest];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** The browser's own time zone: a sensible default for a new store. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

let countries: Choice[] | undefined;

/** Countries as "Germany (DE)", by name. */
export function countryChoices(): Choice[] {
  countries ??= regionCodes()
    .map((code) => ({ value: code, label: `${nameOf('region', code)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return countries;
}

/** "Germany" for "DE"; the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  return nameOf('region', code);
}

/** A price as the store shows it ("$12.50"); falls back to "12.50 USD" when the currency is unknown. */
export function formatMoney(
  amount: number | string | null | undefined,
  currency: string,
  locale = 'en-US',
): string {
  const value = Number(amount ?? 0);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** A store address (slug) from a name: "Café Nord & Süd" → "cafe-nord-sud". */
export function slugify(name: string, maxLength = 63): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * The address of a store's storefront on its default domain, with the scheme and port the backoffice itself is
 * served on: "demo.localhost" from http://localhost:5000 is http://demo.localhost:5000/.
 */
export function storefrontUrl(
  domain: string,
  origin: { protocol: string; port: string } = location,
): string {
  return `${origin.protocol}//${domain}${origin.port ? `:${origin.port}` : ''}/`;
}

function withCurrent(codes: readonly string[], current?: string | null): string[] {
  return current && !codes.includes(current) ? [current, ...codes] : [...codes];
}
