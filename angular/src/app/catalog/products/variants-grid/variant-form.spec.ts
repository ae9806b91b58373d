import {
  countedChange,
  fromLocalInput,
  toLocalInput,
  toUpdateVariant,
  variantRowForm,
} from './variant-form';

const variant = {
  id: 'v1',
  optionValues: ['S', 'Red'],
  sku: 'TS-S-R',
  price: '19.99',
  compareAtPrice: null,
  storePrices: [],
};

describe('variant row form', () => {
  it('fills from the variant and sends its update with the product version', () => {
    const row = variantRowForm(variant);
    expect(row.controls.price.value).toBe(19.99);
    row.patchValue({ sku: ' TS-S-RED ', barcode: '', weightGrams: 180 });
    expect(toUpdateVariant(row, 3)).toEqual({
      sku: 'TS-S-RED',
      barcode: null,
      price: 19.99,
      compareAtPrice: null,
      specialPrice: null,
      specialPriceStart: null,
      specialPriceEnd: null,
      weightGrams: 180,
      version: 3,
    });
  });

  it('checks the special price window', () => {
    const row = variantRowForm(variant);
    row.patchValue({ specialPriceStart: '2026-05-02T00:00', specialPriceEnd: '2026-05-01T00:00' });
    expect(row.errors?.['window']).toContain('end after it starts');
    row.patchValue({ specialPriceEnd: '2026-05-03T00:00' });
    expect(row.errors?.['window']).toContain('needs a special price');
    row.patchValue({ specialPrice: 15 });
    expect(row.valid).toBe(true);
    expect(toUpdateVariant(row, 1).specialPriceStart).toBe(
      new Date('2026-05-02T00:00').toISOString(),
    );
  });

  it('converts instants to datetime-local values and back', () => {
    const iso = new Date('2026-05-02T09:30').toISOString();
    expect(toLocalInput(iso)).toBe('2026-05-02T09:30');
    expect(fromLocalInput('2026-05-02T09:30')).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });

  it('counts stock only when the quantity changed and is a whole number', () => {
    expect(countedChange(0, '12')).toEqual({
      quantity: 12,
      reason: 'Counted',
      note: 'Counted in the product editor',
    });
    expect(countedChange(12, '12')).toBeNull();
    expect(countedChange(0, '')).toBeNull();
    expect(countedChange(0, '-1')).toBeNull();
    expect(countedChange(0, '1.5')).toBeNull();
  });
});
