import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

import { DEFAULT_THEME } from '../store-settings/store-form';
import { formatMoney } from '../shared/regional';
import { COLOR_PATTERN } from '../shared/validators';

/** What the preview draws: the theme as the form holds it, typed or not yet valid. */
export interface PreviewTheme {
  readonly primaryColor: string;
  readonly accentColor: string;
  readonly backgroundColor: string;
  readonly textColor: string;
  readonly fontFamily: string;
  readonly banners: readonly PreviewBanner[];
}

export interface PreviewBanner {
  readonly imageUrl: string;
  readonly title: string;
  readonly subtitle: string;
  readonly linkUrl: string;
}

/** Sample products for the cards, priced in the store's currency. */
const SAMPLE_PRODUCTS = [
  { name: 'Canvas tote', price: 24 },
  { name: 'Ceramic mug', price: 16.5 },
  { name: 'Wool beanie', price: 32 },
] as const;

/** A color the preview can use: the value when it is #rrggbb, else the fallback (while the user types). */
export function usableColor(value: string | null | undefined, fallback: string): string {
  const color = (value ?? '').trim();
  return COLOR_PATTERN.test(color) ? color.toLowerCase() : fallback;
}

/** Black or white text, whichever reads better on the background (WCAG relative luminance). */
export function contrastText(background: string): string {
  const hex = usableColor(background, '#ffffff').slice(1);
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05: they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#111111' : '#ffffff';
}

/** A font-family value safe to put in a style: the merchant's font first, then the system's. */
export function cssFontFamily(font: string | null | undefined): string {
  const cleaned = (font ?? '').replace(/[;{}<>\\]/g, '').trim();
  return cleaned ? `${cleaned}, system-ui, sans-serif` : 'system-ui, sans-serif';
}

/**
 * The storefront's CSS variables for a theme, as the storefront itself names them (--store-*). Colors not yet
 * valid fall back to the defaults, so the preview never breaks while the user types.
 */
export function themeCssVariables(theme: Partial<PreviewTheme>): Record<string, string> {
  const primary = usableColor(theme.primaryColor, DEFAULT_THEME.primaryColor);
  const accent = usableColor(theme.accentColor, DEFAULT_THEME.accentColor);
  return {
    '--store-primary': primary,
    '--store-on-primary': contrastText(primary),
    '--store-accent': accent,
    '--store-on-accent': contrastText(accent),
    '--store-background': usableColor(theme.backgroundColor, DEFAULT_THEME.backgroundColor),
    '--store-text': usableColor(theme.textColor, DEFAULT_THEME.textColor),
    '--store-font': cssFontFamily(theme.fontFamily),
  };
}

/**
 * A miniature storefront (header, hero banner, product cards) drawn with the theme's CSS variables; it follows
 * the settings form as the user types.
 */
@Component({
  selector: 'app-theme-preview',
  templateUrl: './theme-preview.html',
  styleUrl: './theme-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemePreview {
  readonly theme = input.required<PreviewTheme>();
  readonly storeName = input('');
  readonly logoUrl = input('');
  readonly currency = input('USD');
  readonly locale = input('en-US');

  /** Images that did not load (a mistyped address): not drawn, so the preview stays tidy. */
  private readonly broken = signal<ReadonlySet<string>>(new Set());

  protected readonly variables = computed(() => themeCssVariables(this.theme()));
  protected readonly hero = computed(() =>
    this.theme().banners.find((banner) => banner.title.trim() || banner.imageUrl.trim()),
  );
  protected readonly bannerCount = computed(() => this.theme().banners.length);
  protected readonly products = computed(() =>
    SAMPLE_PRODUCTS.map((product) => ({
      name: product.name,
      price: formatMoney(product.price, this.currency(), this.locale()),
    })),
  );

  protected shows(url: string | null | undefined): boolean {
    const value = (url ?? '').trim();
    return /^(https?:\/\/|\/(?!\/))/i.test(value) && !this.broken().has(value);
  }

  protected failed(url: string): void {
    this.broken.update((set) => new Set(set).add(url.trim()));
  }
}
