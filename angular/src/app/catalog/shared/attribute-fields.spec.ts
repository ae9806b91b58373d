import { TestBed } from '@angular/core/testing';
import { FormRecord } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { attributeControls } from '../products/product-form';
import { AttributeFields } from './attribute-fields';

describe('AttributeFields', () => {
  it('renders a field of each attribute by its type', async () => {
    TestBed.configureTestingModule({
      imports: [AttributeFields],
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const definitions = [
      { code: 'material', label: 'Material', type: 'Text' as const, isRequired: true },
      { code: 'weight', label: 'Weight', type: 'Number' as const },
      { code: 'organic', label: 'Organic', type: 'Boolean' as const },
      { code: 'fit', label: 'Fit', type: 'SingleSelect' as const, options: ['Slim'] },
      { code: 'care', label: 'Care', type: 'MultiSelect' as const, options: ['Wash'] },
    ];
    const fixture = TestBed.createComponent(AttributeFields);
    fixture.componentRef.setInput('definitions', definitions);
    fixture.componentRef.setInput('group', new FormRecord(attributeControls(definitions)));
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const types = Array.from(root.querySelectorAll('[data-type]')).map((e) => [
      e.getAttribute('data-type'),
      e.tagName.toLowerCase(),
    ]);
    expect(types).toEqual([
      ['Text', 'mat-form-field'],
      ['Number', 'mat-form-field'],
      ['Boolean', 'mat-checkbox'],
      ['SingleSelect', 'mat-form-field'],
      ['MultiSelect', 'mat-form-field'],
    ]);
    expect(root.querySelector('input[type="number"]')).not.toBeNull();
    expect(root.querySelectorAll('mat-select')).toHaveLength(2);
  });
});
