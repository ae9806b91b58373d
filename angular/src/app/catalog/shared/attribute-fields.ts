import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { AttributeDefinitionDto } from '../../api/generated/models/attribute-definition-dto';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import { AttributeFieldValue } from './catalog-logic';

/**
 * A product's fields for its attribute set, each by its type: text, number, a checkbox, a select or a
 * multi-select of the attribute's options.
 */
@Component({
  selector: 'app-attribute-fields',
  imports: [
    ControlErrors,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <div class="attribute-fields">
      @for (attribute of definitions(); track attribute.code) {
        @if (group().controls[attribute.code]; as control) {
          @switch (attribute.type) {
            @case ('Boolean') {
              <mat-checkbox [formControl]="control" [attr.data-type]="attribute.type">{{
                attribute.label
              }}</mat-checkbox>
            }
            @case ('Number') {
              <mat-form-field [attr.data-type]="attribute.type">
                <mat-label>{{ attribute.label }}</mat-label>
                <input
                  matInput
                  type="number"
                  [formControl]="control"
                  [required]="!!attribute.isRequired"
                />
                <mat-error [appControlErrors]="control" />
              </mat-form-field>
            }
            @case ('SingleSelect') {
              <mat-form-field [attr.data-type]="attribute.type">
                <mat-label>{{ attribute.label }}</mat-label>
                <mat-select [formControl]="control" [required]="!!attribute.isRequired">
                  @if (!attribute.isRequired) {
                    <mat-option [value]="null">—</mat-option>
                  }
                  @for (option of attribute.options ?? []; track option) {
                    <mat-option [value]="option">{{ option }}</mat-option>
                  }
                </mat-select>
                <mat-error [appControlErrors]="control" />
              </mat-form-field>
            }
            @case ('MultiSelect') {
              <mat-form-field [attr.data-type]="attribute.type">
                <mat-label>{{ attribute.label }}</mat-label>
                <mat-select [formControl]="control" multiple [required]="!!attribute.isRequired">
                  @for (option of attribute.options ?? []; track option) {
                    <mat-option [value]="option">{{ option }}</mat-option>
                  }
                </mat-select>
                <mat-error [appControlErrors]="control" />
              </mat-form-field>
            }
            @default {
              <mat-form-field [attr.data-type]="attribute.type ?? 'Text'">
                <mat-label>{{ attribute.label }}</mat-label>
                <input matInput [formControl]="control" [required]="!!attribute.isRequired" />
                <mat-error [appControlErrors]="control" />
              </mat-form-field>
            }
          }
        }
      } @empty {
        <p class="hint">This attribute set has no attributes.</p>
      }
    </div>
  `,
  styles: `
    .attribute-fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 0 16px;
      align-items: center;
    }
    mat-checkbox {
      margin-bottom: 20px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.Default,
})
export class AttributeFields {
  readonly definitions = input.required<readonly AttributeDefinitionDto[]>();
  readonly group = input.required<FormRecord<FormControl<AttributeFieldValue>>>();
}
