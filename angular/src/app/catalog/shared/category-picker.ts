import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';

import { FlatCategory } from './catalog-logic';

/** Toggles an id in a list of ids. */
export function toggleId(ids: readonly string[], id: string, on: boolean): string[] {
  const without = ids.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

/** The category tree as indented checkboxes: a product may be in several categories. */
@Component({
  selector: 'app-category-picker',
  imports: [MatCheckboxModule],
  template: `
    <ul class="tree" role="group" aria-label="Categories">
      @for (category of categories(); track category.id) {
        <li [style.padding-inline-start.px]="category.depth * 24">
          <mat-checkbox
            [checked]="selected().includes(category.id)"
            [disabled]="disabled()"
            (change)="toggle(category.id, $event.checked)"
            >{{ category.name }}</mat-checkbox
          >
          @if (category.isHidden) {
            <span class="hidden-note">hidden</span>
          }
        </li>
      } @empty {
        <li class="empty">No categories yet.</li>
      }
    </ul>
  `,
  styles: `
    .tree {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 280px;
      overflow: auto;
    }
    .hidden-note,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CategoryPicker), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryPicker implements ControlValueAccessor {
  readonly categories = input.required<readonly FlatCategory[]>();
  protected readonly selected = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: string[] | null): void {
    this.selected.set([...(value ?? [])]);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(id: string, on: boolean): void {
    const next = toggleId(this.selected(), id, on);
    this.selected.set(next);
    this.onChange(next);
    this.onTouched();
  }
}
