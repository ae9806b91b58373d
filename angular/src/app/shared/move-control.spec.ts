import { FormArray, FormControl } from '@angular/forms';

import { moveControl } from './move-control';

describe('moveControl', () => {
  function array(): FormArray<FormControl<string>> {
    return new FormArray(['a', 'b', 'c'].map((v) => new FormControl(v, { nonNullable: true })));
  }

  it('moves a control, keeping the control itself, and marks the array dirty', () => {
    const list = array();
    const moved = list.at(2);
    moveControl(list, 2, 0);
    expect(list.value).toEqual(['c', 'a', 'b']);
    expect(list.at(0)).toBe(moved);
    expect(list.dirty).toBe(true);
  });

  it('leaves the array alone for no move or a place outside it', () => {
    const list = array();
    moveControl(list, 1, 1);
    moveControl(list, 0, -1);
    moveControl(list, 2, 3);
    expect(list.value).toEqual(['a', 'b', 'c']);
    expect(list.dirty).toBe(false);
  });
});
