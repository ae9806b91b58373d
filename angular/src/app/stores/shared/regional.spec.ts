import {
  countryChoices,
  currencyChoices,
  formatMoney,
  localeChoices,
  slugify,
  storefrontUrl,
  timeZoneChoices,
} from './regional';
import { isStoreUrl } from './validators';

describe('regional choices', () => {
  it('suggests a store address from its name', () => {
    expect(slugify('Café Nord & Süd')).toBe('cafe-nord-sud');
    expect(slugify('  --Demo   Shop--  ')).toBe('demo-shop');
    expect(slugify('x'.repeat(80))).toHaveLength(63);
  });

  it("builds the storefront's address with the backoffice's scheme and port", () => {
    expect(storefrontUrl('demo.localhost', { protocol: 'http:', port: '5000' })).toBe(
      'http://demo.localhost:5000/',
    );
    expect(storefrontUrl('demo.shops.example.com', { protocol: 'https:', port: '' })).toBe(
      'https://demo.shops.example.com/',
    );
  });

  it('names currencies and locales, keeping a value outside the lists', () => {
    expect(currencyChoices().find((c) => c.value === 'EUR')?.label).toBe('EUR — Euro');
    expect(currencyChoices('XTS')[0].value).toBe('XTS');
    expect(localeChoices().find((l) => l.value === 'de-DE')?.label).toBe(
      'German (Germany) — de-DE',
    );
    expect(timeZoneChoices()[0]).toBe('UTC');
    expect(timeZoneChoices('Mars/Olympus')[0]).toBe('Mars/Olympus');
  });

  it('lists countries without old aliases or groupings', () => {
    const codes = countryChoices().map((c) => c.value);
    expect(codes).toContain('DE');
    expect(codes).toContain('US');
    expect(codes).not.toContain('DD');
    expect(codes).not.toContain('UK');
    expect(codes).not.toContain('EU');
    expect(countryChoices().find((c) => c.value === 'DE')?.label).toBe('Germany (DE)');
  });

  it('formats money, and survives an unknown currency', () => {
    expect(formatMoney(12.5, 'USD', 'en-US')).toBe('$12.50');
    expect(formatMoney('3', 'usd', 'en-US')).toBe('$3.00');
    expect(formatMoney(1, 'NOTACODE')).toBe('1.00 NOTACODE');
  });

  it('accepts http(s) links and store paths, nothing else', () => {
    expect(isStoreUrl('https://cdn.example.com/a.png')).toBe(true);
    expect(isStoreUrl('/collections/sale')).toBe(true);
    expect(isStoreUrl('//evil.example.com')).toBe(false);
    expect(isStoreUrl('javascript:alert(1)')).toBe(false);
    expect(isStoreUrl('cdn.example.com/a.png')).toBe(false);
  });
});
