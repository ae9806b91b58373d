import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';

/** The roles a member holds, one checkbox per role of the store, in a labelled group. */
@Component({
  selector: 'app-role-choices',
  imports: [MatCheckboxModule],
  template: `
    <fieldset class="roles" [disabled]="control().disabled">
      <legend>Roles</legend>
      <div class="options">
        @for (role of roles(); track role) {
          <mat-checkbox
            [checked]="chosen().includes(role)"
            [disabled]="control().disabled"
            (change)="toggle(role, $event.checked)"
            >{{ role }}</mat-checkbox
          >
        }
      </div>
      @if (hint()) {
        <span class="hint">{{ hint() }}</span>
      }
    </fieldset>
  `,
  styles: `
    .roles {
      margin: 0;
      padding: 0;
      border: 0;

      legend {
        padding: 0;
        font: var(--mat-sys-body-large);
      }
    }

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }

    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleChoices {
  /** The store's role names to choose from. */
  readonly roles = input.required<readonly string[]>();
  readonly control = input.required<FormControl<string[]>>();
  readonly hint = input<string>();

  /** The control's value as a signal, so the boxes follow a value set elsewhere as well as clicks. */
  protected readonly chosen = signal<readonly string[]>([]);

  constructor() {
    effect((onCleanup) => {
      const control = this.control();
      this.chosen.set(control.value);
      const subscription = control.valueChanges.subscribe((value) => this.chosen.set(value));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected toggle(role: string, checked: boolean): void {
    const control = this.control();
    const others = control.value.filter((name) => name !== role);
    control.setValue(checked ? [...others, role] : others);
    control.markAsDirty();
  }
}
