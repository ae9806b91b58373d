import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';

import { FeatureDefinitionDto } from '../../../api/generated/models/feature-definition-dto';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { featureKind } from '../feature-kind';

/**
 * Edits one feature value (always a string, as the host stores it) with the input its type calls for: a toggle
 * ("true"/"false"), a whole number, or one of the allowed values.
 */
@Component({
  selector: 'app-feature-value-input',
  imports: [
    ControlErrors,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
  ],
  templateUrl: './feature-value-input.html',
  styleUrl: './feature-value-input.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeatureValueInput {
  readonly definition = input.required<FeatureDefinitionDto>();
  readonly control = input.required<FormControl<string>>();
  /** The accessible name; the definition's display name unless given. */
  readonly label = input<string>();
  readonly hint = input<string>();

  protected readonly kind = computed(() => featureKind(this.definition()));
  protected readonly name = computed(() => this.label() ?? this.definition().displayName);

  protected toggled(checked: boolean): void {
    const control = this.control();
    control.setValue(checked ? 'true' : 'false');
    control.markAsDirty();
  }

  protected isOn(): boolean {
    return this.control().value?.toLowerCase() === 'true';
  }
}
