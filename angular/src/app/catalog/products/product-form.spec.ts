import { ProductDto } from '../../api/generated/models/product-dto';
import {
  createProductForm,
  optionForm,
  problemControl,
  setAttributeDefinitions,
  showOnControl,
  toCreateProduct,
  toUpdateProduct,
} from './product-form';

const definitions = [
  { code: 'material', label: 'Material', type: 'Text' as const, isRequired: true },
  { code: 'organic', label: 'Organic', type: 'Boolean' as const },
];

function product(overrides: Partial<ProductDto> = {}): ProductDto {
  return {
    id: 'p1',
    title: 'T-Shirt',
    handle: 't-shirt',
    description: '<p>Soft</p>',
    status: 'Draft',
    tags: ['summer'],
    storeIds: ['s1'],
    categoryIds: ['c1'],
    attributeSetId: 'a1',
    attributeValues: [{ code: 'material', text: 'Cotton' }],
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      { id: 'v1', optionValues: ['S'], price: 19.99, sku: 'TS-S', storePrices: [] },
      { id: 'v2', optionValues: ['M'], price: 19.99, storePrices: [] },
    ],
    version: 7,
    ...overrides,
  };
}

describe('product form', () => {
  it('needs a title and, for a new product, a price; the handle is optional until it exists', () => {
    const form = createProductForm(null, []);
    expect(form.controls.title.hasError('required')).toBe(true);
    expect(form.controls.price.hasError('required')).toBe(true);
    expect(form.controls.handle.valid).toBe(true);
    form.controls.handle.setValue('Not A Handle');
    expect(form.controls.handle.hasError('pattern')).toBe(true);
  });

  it('sends a new product with its first variant and attribute values', () => {
    const form = createProductForm(null, definitions);
    form.patchValue({
      title: ' T-Shirt ',
      price: 19.99,
      sku: 'TS',
      attributeSetId: 'a1',
      attributeValues: { material: 'Cotton', organic: true },
      tags: ['summer'],
    });
    form.controls.options.push(optionForm({ name: 'Size', values: ['S', 'M'] }));
    expect(form.valid).toBe(true);
    expect(toCreateProduct(form, definitions)).toEqual(
      expect.objectContaining({
        title: 'T-Shirt',
        handle: null,
        price: 19.99,
        sku: 'TS',
        tags: ['summer'],
        attributeSetId: 'a1',
        attributeValues: [
          { code: 'material', text: 'Cotton' },
          { code: 'organic', boolean: true },
        ],
        options: [{ name: 'Size', values: ['S', 'M'] }],
      }),
    );
  });

  it('fills from a product and sends its update with the version it read', () => {
    const form = createProductForm(product(), definitions);
    expect(form.controls.attributeValues.controls['material'].value).toBe('Cotton');
    expect(form.controls.options.length).toBe(1);
    const dto = toUpdateProduct(form, definitions, 7);
    expect(dto).toEqual(
      expect.objectContaining({
        title: 'T-Shirt',
        handle: 't-shirt',
        version: 7,
        storeIds: ['s1'],
        categoryIds: ['c1'],
        options: [{ name: 'Size', values: ['S', 'M'] }],
      }),
    );
    expect(dto).not.toHaveProperty('price');
  });

  it('requires an option to have a name and values', () => {
    const option = optionForm();
    expect(option.controls.name.hasError('required')).toBe(true);
    expect(option.controls.values.hasError('required')).toBe(true);
  });

  it('swaps the attribute fields for another set, keeping the codes both have', () => {
    const form = createProductForm(product(), definitions);
    setAttributeDefinitions(form, [
      { code: 'material', label: 'Material', type: 'Text' },
      { code: 'fit', label: 'Fit', type: 'SingleSelect', options: ['Slim'] },
    ]);
    expect(Object.keys(form.controls.attributeValues.controls)).toEqual(['material', 'fit']);
    expect(form.controls.attributeValues.controls['material'].value).toBe('Cotton');
    expect(form.controls.attributeValues.controls['fit'].value).toBeNull();
  });

  it('puts a taken handle or SKU next to its field', () => {
    const form = createProductForm(null, []);
    expect(
      problemControl(form, {
        status: 409,
        title: 'x',
        code: 'Commerce:Catalog:DuplicateProductHandle',
      }),
    ).toBe(form.controls.handle);
    expect(
      problemControl(form, { status: 409, title: 'x', code: 'Commerce:Catalog:DuplicateSku' }),
    ).toBe(form.controls.sku);
    expect(problemControl(form, { status: 409, title: 'x', code: 'Other' })).toBeNull();
  });

  it('shows a problem on its field and touches it, or says it is about none', () => {
    const form = createProductForm(null, []);
    const taken = {
      status: 409,
      title: 'The SKU is taken.',
      code: 'Commerce:Catalog:DuplicateSku',
    };
    expect(showOnControl(form, taken)).toBe(true);
    expect(form.controls.sku.errors?.['server']).toBe('The SKU is taken.');
    expect(form.controls.sku.touched).toBe(true);
    expect(showOnControl(form, { status: 409, title: 'x', code: 'Other' })).toBe(false);
  });
});
