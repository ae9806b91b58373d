import { toProblem } from '../../core/errors/problem';
import { store } from '../../testing/stores';
import {
  STORE_SECTIONS,
  bannerForm,
  createStoreForm,
  domainControl,
  firstInvalidSection,
  problemControl,
  toUpdateStore,
} from './store-form';

function problem(code: string, title = 'Refused.') {
  return { ...toProblem(null), status: 400, code, title };
}

describe('createStoreForm', () => {
  it('fills every section from the store, banners in their display order', () => {
    const form = createStoreForm(store());
    expect(form.controls.name.value).toBe('Demo Outfitters');
    expect(form.controls.domains.value).toEqual(['shop.example.com']);
    expect(form.controls.address.controls.countryCode.value).toBe('DE');
    expect(form.controls.contactPhone.value).toBe('');
    expect(form.controls.theme.controls.banners.value.map((b) => b.title)).toEqual([
      'First',
      'Second',
    ]);
    expect(form.valid).toBe(true);
  });

  it('checks what the host checks: slug, colors, links, domains, country', () => {
    const form = createStoreForm(store());
    form.controls.slug.setValue('Not A Slug');
    form.controls.theme.controls.primaryColor.setValue('red');
    form.controls.logoUrl.setValue('javascript:alert(1)');
    form.controls.address.controls.countryCode.setValue('Germany');
    form.controls.domains.push(domainControl('http://shop.example.com:8080'));
    expect(form.controls.slug.errors).toHaveProperty('slug');
    expect(form.controls.theme.controls.primaryColor.errors).toEqual({
      color: 'Write the color as #rrggbb.',
    });
    expect(form.controls.logoUrl.errors).toHaveProperty('storeUrl');
    expect(form.controls.address.controls.countryCode.errors).toHaveProperty('countryCode');
    expect(form.controls.domains.at(1).errors).toHaveProperty('hostName');

    form.controls.logoUrl.setValue('/logo.svg');
    expect(form.controls.logoUrl.valid).toBe(true);
  });

  it('allows at most ten banners', () => {
    const form = createStoreForm(store());
    const banners = form.controls.theme.controls.banners;
    while (banners.length < 11) {
      banners.push(bannerForm({ title: 'More', imageUrl: '/x.jpg' }));
    }
    expect(banners.errors).toEqual({ maxItems: 'At most 10 banners.' });
  });
});

describe('toUpdateStore', () => {
  it('sends the whole store with its version: trimmed, empty text as null, banners positioned', () => {
    const form = createStoreForm(store());
    form.controls.name.setValue('  Renamed  ');
    form.controls.contactEmail.setValue('   ');
    form.controls.address.controls.countryCode.setValue('fr');
    form.controls.domains.push(domainControl('www.example.org'));
    form.controls.theme.controls.fontFamily.setValue(' Georgia ');

    const body = toUpdateStore(form, 7);

    expect(body).toMatchObject({
      name: 'Renamed',
      slug: 'demo-outfitters',
      status: 'Open',
      domains: ['shop.example.com', 'www.example.org'],
      contactEmail: null,
      contactPhone: null,
      logoUrl: null,
      returnPolicy: null,
      version: 7,
    });
    expect(body.address).toEqual({
      line1: 'Main St 1',
      line2: null,
      city: 'Berlin',
      region: null,
      postalCode: null,
      countryCode: 'FR',
    });
    expect(body.theme.fontFamily).toBe('Georgia');
    expect(body.theme.banners).toEqual([
      {
        imageUrl: 'https://cdn.example.com/a.jpg',
        title: 'First',
        subtitle: 'Sale',
        linkUrl: null,
        position: 0,
      },
      { imageUrl: '/b.jpg', title: 'Second', subtitle: null, linkUrl: null, position: 1 },
    ]);
  });
});

describe('problemControl', () => {
  it('puts refusals about the address, currency, locale and zone on their fields', () => {
    const form = createStoreForm(store());
    const c = form.controls;
    expect(problemControl(form, problem('Commerce:Stores:DuplicateStoreSlug'))).toBe(c.slug);
    expect(problemControl(form, problem('Commerce:Stores:InvalidCurrency'))).toBe(c.currency);
    expect(problemControl(form, problem('Commerce:Stores:InvalidLocale'))).toBe(c.defaultLocale);
    expect(problemControl(form, problem('Commerce:Stores:InvalidTimeZone'))).toBe(c.timeZone);
  });

  it('finds the domain the title names, else the list', () => {
    const form = createStoreForm(store());
    form.controls.domains.push(domainControl('taken.example.net'));
    const named = problem(
      'Commerce:Stores:DuplicateDomain',
      "The domain 'taken.example.net' is already used by another store.",
    );
    expect(problemControl(form, named)).toBe(form.controls.domains.at(1));
    expect(problemControl(form, problem('Commerce:Stores:TooManyDomains'))).toBe(
      form.controls.domains,
    );
  });

  it('finds the color or link that does not pass, and nothing for other codes', () => {
    const form = createStoreForm(store());
    const theme = form.controls.theme.controls;
    theme.textColor.setValue('#12');
    theme.banners.at(1).controls.linkUrl.setValue('ftp://files');
    expect(problemControl(form, problem('Commerce:Stores:InvalidColor'))).toBe(theme.textColor);
    expect(problemControl(form, problem('Commerce:Stores:InvalidUrl'))).toBe(
      theme.banners.at(1).controls.linkUrl,
    );
    expect(problemControl(form, problem('Commerce:StaleVersion'))).toBeNull();
  });
});

describe('firstInvalidSection', () => {
  it('names the first section holding an invalid field', () => {
    const form = createStoreForm(store());
    expect(firstInvalidSection(form)).toBe(-1);
    form.controls.theme.controls.accentColor.setValue('blue');
    expect(STORE_SECTIONS[firstInvalidSection(form)].label).toBe('Appearance');
    form.controls.address.controls.countryCode.setValue('123');
    expect(STORE_SECTIONS[firstInvalidSection(form)].label).toBe('Contact & address');
  });
  it('sends the tax settings as edited, and refuses a rate above 100 %', () => {
    const form = createStoreForm(store());
    const tax = form.controls.tax.controls;
    expect(tax.ratePercent.value).toBe(19);
    tax.ratePercent.setValue(7.5);
    tax.pricesIncludeTax.setValue(false);

    expect(toUpdateStore(form, 7).tax).toEqual({
      ratePercent: 7.5,
      pricesIncludeTax: false,
      taxShipping: true,
    });
    tax.ratePercent.setValue(101);
    expect(form.controls.tax.invalid).toBe(true);
  });
});
