import { FormControl, FormGroup } from '@angular/forms';

import { SERVER_ERROR, applyServerErrors, fieldPath, findControl } from './form-errors';

function tenantForm() {
  return new FormGroup({
    name: new FormControl(''),
    slug: new FormControl(''),
    editionId: new FormControl(''),
  });
}

function editionForm() {
  return new FormGroup({
    displayName: new FormControl(''),
    featureValues: new FormGroup({
      'Commerce.Catalog.MaxProductCount': new FormControl('25'),
      'Commerce.Loyalty.Enabled': new FormControl('false'),
    }),
  });
}

describe('fieldPath', () => {
  it('splits dotted names and keeps bracketed keys whole', () => {
    expect(fieldPath('Slug')).toEqual(['Slug']);
    expect(fieldPath('$.editionId')).toEqual(['editionId']);
    expect(fieldPath('Items[0].Name')).toEqual(['Items', '0', 'Name']);
    expect(fieldPath('FeatureValues[Commerce.Catalog.MaxProductCount]')).toEqual([
      'FeatureValues',
      'Commerce.Catalog.MaxProductCount',
    ]);
    expect(fieldPath("Overrides['Commerce.Pos.Enabled']")).toEqual([
      'Overrides',
      'Commerce.Pos.Enabled',
    ]);
  });
});

describe('findControl', () => {
  it('maps the server PascalCase names to the form camelCase controls', () => {
    const form = tenantForm();
    expect(findControl(form, 'Slug')).toBe(form.controls.slug);
    expect(findControl(form, 'EditionId')).toBe(form.controls.editionId);
    expect(findControl(form, '$.editionId')).toBe(form.controls.editionId);
  });

  it('finds dictionary entries whose names have dots, with or without brackets', () => {
    const form = editionForm();
    const products = form.controls.featureValues.controls['Commerce.Catalog.MaxProductCount'];
    expect(findControl(form, 'FeatureValues[Commerce.Catalog.MaxProductCount]')).toBe(products);
    expect(findControl(form, 'FeatureValues.Commerce.Catalog.MaxProductCount')).toBe(products);
  });

  it('finds nothing for unknown or body-level names', () => {
    const form = tenantForm();
    expect(findControl(form, 'Reason')).toBeNull();
    expect(findControl(form, '')).toBeNull();
    expect(findControl(form, '$')).toBeNull();
  });
});

describe('applyServerErrors', () => {
  it('puts each message on its control, touched, and returns the unmatched ones', () => {
    const form = tenantForm();
    const unmatched = applyServerErrors(form, {
      Name: ['The Name field is required.'],
      Slug: ['The slug is not valid.', 'It is too short.'],
      input: ['The input field is required.'],
    });

    expect(form.controls.name.getError(SERVER_ERROR)).toBe('The Name field is required.');
    expect(form.controls.slug.getError(SERVER_ERROR)).toBe(
      'The slug is not valid. It is too short.',
    );
    expect(form.controls.slug.touched).toBe(true);
    expect(form.controls.editionId.errors).toBeNull();
    expect(unmatched).toEqual(['The input field is required.']);
  });

  it('drops the server message once the user edits the field', () => {
    const form = tenantForm();
    applyServerErrors(form, { Slug: ['Taken.'] });
    expect(form.controls.slug.invalid).toBe(true);

    form.controls.slug.setValue('another-slug');

    expect(form.controls.slug.valid).toBe(true);
  });

  it('does nothing without errors', () => {
    expect(applyServerErrors(tenantForm(), undefined)).toEqual([]);
  });
});
