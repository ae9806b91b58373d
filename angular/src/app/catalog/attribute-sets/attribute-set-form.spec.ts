import { moveControl } from '../../shared/move-control';
import {
  attributeForm,
  createAttributeSetForm,
  toAttributeDefinitions,
} from './attribute-set-form';

describe('attribute set form', () => {
  it('needs choices for a select attribute, and sends them only for selects', () => {
    const form = createAttributeSetForm();
    form.controls.name.setValue('Apparel');
    form.controls.attributes.push(
      attributeForm({ code: 'fit', label: 'Fit', type: 'SingleSelect' }),
    );
    expect(form.controls.attributes.at(0).errors?.['options']).toContain('at least one choice');
    form.controls.attributes.at(0).controls.options.setValue(['Slim', 'Regular']);
    form.controls.attributes.push(
      attributeForm({ code: 'material', label: 'Material', type: 'Text', options: ['stale'] }),
    );
    expect(form.valid).toBe(true);
    expect(toAttributeDefinitions(form)).toEqual([
      {
        code: 'fit',
        label: 'Fit',
        type: 'SingleSelect',
        isRequired: false,
        options: ['Slim', 'Regular'],
      },
      { code: 'material', label: 'Material', type: 'Text', isRequired: false, options: [] },
    ]);
  });

  it('checks codes: lower-case and unique in the set', () => {
    const form = createAttributeSetForm({
      name: 'Apparel',
      attributes: [
        { code: 'material', label: 'Material', type: 'Text' },
        { code: 'material', label: 'Fabric', type: 'Text' },
      ],
    });
    expect(form.controls.attributes.errors?.['duplicateCode']).toContain('material');
    form.controls.attributes.at(1).controls.code.setValue('Fabric');
    expect(form.controls.attributes.at(1).controls.code.hasError('pattern')).toBe(true);
  });

  it('reorders the attributes', () => {
    const form = createAttributeSetForm({
      name: 'Apparel',
      attributes: [
        { code: 'a', label: 'A', type: 'Text' },
        { code: 'b', label: 'B', type: 'Text' },
        { code: 'c', label: 'C', type: 'Text' },
      ],
    });
    moveControl(form.controls.attributes, 2, 0);
    expect(toAttributeDefinitions(form).map((a) => a.code)).toEqual(['c', 'a', 'b']);
    expect(form.controls.attributes.dirty).toBe(true);
  });
});
