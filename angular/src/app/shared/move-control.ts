import { FormArray } from '@angular/forms';

/** Moves a control within its array (drag and drop, or the up/down buttons), keeping its state. */
export function moveControl(array: FormArray, from: number, to: number): void {
  if (from === to || to < 0 || to >= array.length) {
    return;
  }
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
}
