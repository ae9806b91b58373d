import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { PolicyDefinitionDto } from '../../../api/generated/models/policy-definition-dto';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { formatList, parseList, policyKind } from '../policy-kind';

/**
 * Edits one policy value (a string, as the host stores it): a List as one checkbox per allowed value in a
 * labelled group, a Number as a whole-number field.
 */
@Component({
  selector: 'app-policy-value-input',
  imports: [
    ControlErrors,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  templateUrl: './policy-value-input.html',
  styleUrl: './policy-value-input.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyValueInput {
  readonly definition = input.required<PolicyDefinitionDto>();
  readonly control = input.required<FormControl<string>>();
  readonly hint = input<string>();

  protected readonly kind = computed(() => policyKind(this.definition()));
  protected readonly allowed = computed(() => this.definition().allowedValues ?? []);

  /** The control's value as a signal, so the checkboxes follow a reset made elsewhere as well as clicks. */
  private readonly value = signal('');
  protected readonly chosen = computed(() => parseList(this.value()));

  constructor() {
    effect((onCleanup) => {
      const control = this.control();
      this.value.set(control.value);
      const subscription = control.valueChanges.subscribe((value) => this.value.set(value));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected toggle(item: string, checked: boolean): void {
    const control = this.control();
    const others = parseList(control.value).filter((value) => value !== item);
    control.setValue(formatList(checked ? [...others, item] : others, this.allowed()));
    control.markAsDirty();
  }
}
