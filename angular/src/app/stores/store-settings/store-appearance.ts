import { CdkDragDrop } from '@angular/cdk/drag-drop';
import { Signal, computed } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { map, startWith, switchMap } from 'rxjs';

import { moveControl } from '../../shared/move-control';
import { PreviewTheme } from '../theme-preview/theme-preview';
import { BannerForm, StoreForm, bannerForm } from './store-form';

/** Font stacks offered for the storefront; any other font name may be typed. */
export const FONT_SUGGESTIONS = [
  'system-ui',
  'Inter',
  'Helvetica Neue',
  'Arial',
  'Georgia',
  'Times New Roman',
  'Palatino',
  'Trebuchet MS',
  'Verdana',
  'Courier New',
];

/** What the storefront preview shows. */
export interface StorePreview {
  readonly theme: PreviewTheme;
  readonly name: string;
  readonly logoUrl: string;
  readonly currency: string;
  readonly locale: string;
}

/** The theme's color fields, with what each one colors. */
export function colorControls(form: StoreForm) {
  const t = form.controls.theme.controls;
  return [
    { label: 'Primary color', hint: 'Header and main buttons', control: t.primaryColor },
    { label: 'Accent color', hint: 'Banner buttons and highlights', control: t.accentColor },
    { label: 'Background color', hint: 'Page background', control: t.backgroundColor },
    { label: 'Text color', hint: 'Body text', control: t.textColor },
  ];
}

/** The theme's banners: add, remove, and reorder by buttons or by dragging. */
export const bannerList = {
  add(form: StoreForm): void {
    form.controls.theme.controls.banners.push(bannerForm());
    form.controls.theme.controls.banners.markAsDirty();
  },
  remove(form: StoreForm, index: number): void {
    form.controls.theme.controls.banners.removeAt(index);
    form.controls.theme.controls.banners.markAsDirty();
  },
  move(form: StoreForm, from: number, to: number): void {
    moveControl(form.controls.theme.controls.banners, from, to);
  },
  drop(form: StoreForm, event: CdkDragDrop<BannerForm[]>): void {
    moveControl(form.controls.theme.controls.banners, event.previousIndex, event.currentIndex);
  },
};

/**
 * The storefront preview of the form as the user types: none until there is a form. Call it in an injection
 * context (a component's field initializer).
 */
export function livePreview(form: Signal<StoreForm | null>): Signal<StorePreview | null> {
  const value = toSignal(
    toObservable(form).pipe(
      switchMap((f) =>
        f
          ? f.valueChanges.pipe(
              startWith(null),
              map(() => f.getRawValue()),
            )
          : [null],
      ),
    ),
    { initialValue: null },
  );
  return computed(() => {
    const v = value();
    if (!v) {
      return null;
    }
    const theme: PreviewTheme = { ...v.theme, banners: v.theme.banners };
    return {
      theme,
      name: v.name,
      logoUrl: v.logoUrl,
      currency: v.currency,
      locale: v.defaultLocale,
    };
  });
}
