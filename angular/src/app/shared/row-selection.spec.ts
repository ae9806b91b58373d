import { signal } from '@angular/core';

import { RowSelection } from './row-selection';

describe('RowSelection', () => {
  interface Row {
    readonly id: string;
  }
  const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));

  it('checks rows one by one and says whether all or some of those shown are', () => {
    const shown = signal(rows('a', 'b'));
    const selection = new RowSelection(shown, (r) => r.id);
    expect([selection.allShown(), selection.someShown()]).toEqual([false, false]);

    selection.toggle(shown()[0], true);
    expect(selection.has(shown()[0])).toBe(true);
    expect([selection.allShown(), selection.someShown()]).toEqual([false, true]);

    selection.toggle(shown()[1], true);
    expect([selection.allShown(), selection.someShown()]).toEqual([true, false]);

    selection.toggle(shown()[0], false);
    expect([...selection.selected()]).toEqual(['b']);
  });

  it('keeps the selection across pages; the header checks and unchecks only the rows shown', () => {
    const shown = signal(rows('a', 'b'));
    const selection = new RowSelection(shown, (r) => r.id);
    selection.toggleShown(true);

    shown.set(rows('c', 'd'));
    expect([selection.allShown(), selection.someShown()]).toEqual([false, false]);
    selection.toggleShown(true);
    selection.toggleShown(false);
    expect([...selection.selected()]).toEqual(['a', 'b']);

    selection.clear();
    expect(selection.selected().size).toBe(0);
  });

  it('has nothing all-selected on an empty page', () => {
    const selection = new RowSelection(signal<Row[]>([]), (r) => r.id);
    selection.toggleShown(true);
    expect(selection.allShown()).toBe(false);
  });
});
