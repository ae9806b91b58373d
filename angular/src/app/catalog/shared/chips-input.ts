import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';

import { addChip } from './catalog-logic';

/** A list of words as chips (tags, an option's values): Enter or comma adds, the chip's × removes. */
@Component({
  selector: 'app-chips-input',
  imports: [MatChipsModule, MatFormFieldModule],
  template: `
    <mat-form-field subscriptSizing="dynamic" class="chips-field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label()" [disabled]="disabled()">
        @for (value of values(); track value; let i = $index) {
          <mat-chip-row (removed)="remove(i)" [editable]="false">
            {{ value }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + value">×</button>
          </mat-chip-row>
        }
        <input
          [placeholder]="placeholder()"
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          [attr.aria-label]="inputLabel() || label()"
          (matChipInputTokenEnd)="add($event)"
        />
      </mat-chip-grid>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    .chips-field {
      width: 100%;
    }
  `,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ChipsInput), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChipsInput implements ControlValueAccessor {
  readonly label = input.required<string>();
  readonly inputLabel = input('');
  readonly placeholder = input('');
  readonly hint = input('');

  protected readonly separators = [ENTER, COMMA];
  protected readonly values = signal<string[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: string[] | null): void {
    this.values.set([...(value ?? [])]);
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

  protected add(event: MatChipInputEvent): void {
    const next = addChip(this.values(), event.value ?? '');
    event.chipInput.clear();
    if (next.length !== this.values().length) {
      this.update(next);
    }
  }

  protected remove(index: number): void {
    this.update(this.values().filter((_, i) => i !== index));
  }

  private update(values: string[]): void {
    this.values.set(values);
    this.onChange(values);
    this.onTouched();
  }
}
