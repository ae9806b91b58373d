import { signal } from '@angular/core';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { product } from '../../../testing/catalog';
import { createProductForm } from '../product-form';
import { OptionsPreview } from './options-preview';

describe('OptionsPreview', () => {
  it('starts from the saved options and shows the combinations with no variant yet', () => {
    const saved = signal<ProductDto | null>(product());
    const preview = new OptionsPreview(saved);
    expect(preview.value()).toEqual([{ name: 'Size', values: ['S', 'M'] }]);
    expect(preview.combinations()).toEqual([['S'], ['M']]);
    expect(preview.missing()).toEqual([]);

    preview.value.set([{ name: 'Size', values: ['S', 'M', 'L'] }]);
    expect(preview.missing()).toEqual([['L']]);

    saved.set(product({ options: [{ name: 'Size', values: ['XL'] }] }));
    expect(preview.value()).toEqual([{ name: 'Size', values: ['XL'] }]);
  });

  it('counts every combination as missing on a new product', () => {
    const preview = new OptionsPreview(signal(null));
    preview.value.set([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Color', values: ['Red'] },
    ]);
    expect(preview.missing()).toEqual([
      ['S', 'Red'],
      ['M', 'Red'],
    ]);
  });

  it('adds options up to the limit and removes them, marking the form dirty', () => {
    const preview = new OptionsPreview(signal(null));
    const form = createProductForm(null, []);
    for (let i = 0; i < 5; i++) {
      preview.add(form);
    }
    expect(form.controls.options.length).toBe(3);
    expect(form.controls.options.dirty).toBe(true);
    expect(preview.value().length).toBe(3);

    preview.remove(form, 0);
    expect(preview.value().length).toBe(2);
  });
});
