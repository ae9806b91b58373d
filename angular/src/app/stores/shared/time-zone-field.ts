import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { map, startWith, switchMap } from 'rxjs';

import { ControlErrors } from '../../shared/control-errors/control-errors';
import { timeZoneChoices } from './regional';

/** The zones whose id contains what is typed ("new york" finds America/New_York); all of them for a whole zone. */
export function matchingZones(zones: readonly string[], typed: string): readonly string[] {
  const text = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (!text || zones.includes(typed)) {
    return zones;
  }
  return zones.filter((zone) => zone.toLowerCase().includes(text));
}

/** An IANA time zone, typed with suggestions from the zones the browser knows. */
@Component({
  selector: 'app-time-zone-field',
  imports: [
    ControlErrors,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>Time zone</mat-label>
      <input
        matInput
        [formControl]="control()"
        autocomplete="off"
        spellcheck="false"
        [matAutocomplete]="panel"
      />
      <mat-autocomplete #panel="matAutocomplete">
        @for (zone of options(); track zone) {
          <mat-option [value]="zone">{{ zone }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>Type to search, e.g. Berlin. Order times and reports use it.</mat-hint>
      <mat-error [appControlErrors]="control()" />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeZoneField {
  readonly control = input.required<FormControl<string>>();

  private readonly zones = computed(() => timeZoneChoices(this.control().value));
  private readonly typed = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
      map((value) => value ?? ''),
    ),
    { initialValue: '' },
  );
  protected readonly options = computed(() => matchingZones(this.zones(), this.typed()));
}
