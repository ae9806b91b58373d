import { ComponentFixture, TestBed } from '@angular/core/testing';

import {
  PreviewTheme,
  ThemePreview,
  contrastText,
  cssFontFamily,
  themeCssVariables,
  usableColor,
} from './theme-preview';

const THEME: PreviewTheme = {
  primaryColor: '#ff5722',
  accentColor: '#0F766E',
  backgroundColor: '#fafafa',
  textColor: '#222222',
  fontFamily: 'Georgia',
  banners: [],
};

describe('themeCssVariables', () => {
  it("gives the storefront's variables from the theme, colors lower-cased", () => {
    expect(themeCssVariables(THEME)).toEqual({
      '--store-primary': '#ff5722',
      '--store-on-primary': '#111111',
      '--store-accent': '#0f766e',
      '--store-on-accent': '#ffffff',
      '--store-background': '#fafafa',
      '--store-text': '#222222',
      '--store-font': 'Georgia, system-ui, sans-serif',
    });
  });

  it('falls back to the default colors while a color is half typed', () => {
    const variables = themeCssVariables({ ...THEME, primaryColor: '#ff57', textColor: '' });
    expect(variables['--store-primary']).toBe('#1f2937');
    expect(variables['--store-on-primary']).toBe('#ffffff');
    expect(variables['--store-text']).toBe('#111827');
    expect(usableColor(undefined, '#000000')).toBe('#000000');
  });

  it('picks the text color with the better contrast', () => {
    expect(contrastText('#000000')).toBe('#ffffff');
    expect(contrastText('#ffffff')).toBe('#111111');
    expect(contrastText('#2563eb')).toBe('#ffffff');
    expect(contrastText('#facc15')).toBe('#111111');
  });

  it('keeps a font name from breaking out of its declaration', () => {
    expect(cssFontFamily('Inter; background: url(x)')).toBe(
      'Inter background: url(x), system-ui, sans-serif',
    );
    expect(cssFontFamily('')).toBe('system-ui, sans-serif');
    expect(cssFontFamily(null)).toBe('system-ui, sans-serif');
  });
});

describe('ThemePreview', () => {
  let fixture: ComponentFixture<ThemePreview>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(ThemePreview);
    fixture.componentRef.setInput('theme', THEME);
    fixture.componentRef.setInput('storeName', 'Demo Outfitters');
    fixture.componentRef.setInput('currency', 'EUR');
    fixture.componentRef.setInput('locale', 'de-DE');
    await fixture.whenStable();
  });

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function storefront(): HTMLElement {
    return element().querySelector('[data-testid="theme-preview"]') as HTMLElement;
  }

  it('sets the CSS variables on the storefront and follows the theme as it changes', async () => {
    expect(storefront().style.getPropertyValue('--store-primary')).toBe('#ff5722');
    fixture.componentRef.setInput('theme', { ...THEME, primaryColor: '#123456' });
    await fixture.whenStable();
    expect(storefront().style.getPropertyValue('--store-primary')).toBe('#123456');
    expect(storefront().style.getPropertyValue('--store-on-primary')).toBe('#ffffff');
  });

  it('shows the store name, a welcome hero without banners, and prices in the store currency', () => {
    expect(element().querySelector('.store-name')?.textContent).toBe('Demo Outfitters');
    expect(element().querySelector('[data-testid="preview-hero"]')?.textContent).toContain(
      'Welcome to Demo Outfitters',
    );
    const prices = Array.from(element().querySelectorAll('.product-price')).map((p) =>
      p.textContent?.replace(/\s/g, ' '),
    );
    expect(prices).toEqual(['24,00 €', '16,50 €', '32,00 €']);
  });

  it('shows the first banner as the hero, with its image when the address can load', async () => {
    fixture.componentRef.setInput('theme', {
      ...THEME,
      banners: [
        { title: 'Summer sale', subtitle: '20% off', imageUrl: '/summer.jpg', linkUrl: '' },
        { title: 'Later', subtitle: '', imageUrl: 'javascript:alert(1)', linkUrl: '' },
      ],
    });
    await fixture.whenStable();
    const hero = element().querySelector('[data-testid="preview-hero"]') as HTMLElement;
    expect(hero.querySelector('h3')?.textContent).toBe('Summer sale');
    expect(hero.querySelector('p')?.textContent).toBe('20% off');
    expect(hero.querySelector('img')?.getAttribute('src')).toBe('/summer.jpg');
    expect(hero.querySelector('.hero-count')?.textContent).toBe('1 / 2');
  });

  it('draws no logo whose address is not a link, nor one that failed to load', async () => {
    fixture.componentRef.setInput('logoUrl', 'not a url');
    await fixture.whenStable();
    expect(element().querySelector('img.logo')).toBeNull();

    fixture.componentRef.setInput('logoUrl', 'https://cdn.example.com/logo.png');
    await fixture.whenStable();
    const logo = element().querySelector('img.logo') as HTMLImageElement;
    expect(logo).not.toBeNull();
    logo.dispatchEvent(new Event('error'));
    await fixture.whenStable();
    expect(element().querySelector('img.logo')).toBeNull();
  });
});
