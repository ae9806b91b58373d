import { CdkDragDrop } from '@angular/cdk/drag-drop';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { store } from '../../testing/stores';
import { bannerList, colorControls, livePreview } from './store-appearance';
import { BannerForm, StoreForm, createStoreForm } from './store-form';

describe('store appearance', () => {
  it('adds, moves and removes banners, marking the list dirty', () => {
    const form = createStoreForm(store());
    const banners = form.controls.theme.controls.banners;
    bannerList.add(form);
    expect(banners.length).toBe(3);
    expect(banners.dirty).toBe(true);

    bannerList.move(form, 0, 1);
    expect(banners.value.map((b) => b.title)).toEqual(['Second', 'First', '']);
    bannerList.drop(form, { previousIndex: 2, currentIndex: 0 } as CdkDragDrop<BannerForm[]>);
    expect(banners.value.map((b) => b.title)).toEqual(['', 'Second', 'First']);

    bannerList.remove(form, 0);
    expect(banners.value.map((b) => b.title)).toEqual(['Second', 'First']);
  });

  it('names the four theme colors', () => {
    const form = createStoreForm(store());
    expect(colorControls(form).map((c) => [c.label, c.control])).toEqual([
      ['Primary color', form.controls.theme.controls.primaryColor],
      ['Accent color', form.controls.theme.controls.accentColor],
      ['Background color', form.controls.theme.controls.backgroundColor],
      ['Text color', form.controls.theme.controls.textColor],
    ]);
  });

  it('previews the form as it is typed, and nothing without a form', () => {
    const form = signal<StoreForm | null>(null);
    const preview = TestBed.runInInjectionContext(() => livePreview(form));
    TestBed.tick();
    expect(preview()).toBeNull();

    const settings = createStoreForm(store());
    form.set(settings);
    TestBed.tick();
    expect(preview()?.name).toBe('Demo Outfitters');

    settings.controls.name.setValue('Renamed');
    settings.controls.theme.controls.primaryColor.setValue('#112233');
    expect(preview()).toMatchObject({ name: 'Renamed', theme: { primaryColor: '#112233' } });
  });
});
