import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiCatalogAttributeSetsIdPut } from '../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-id-put';
import { apiCatalogAttributeSetsPost } from '../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-post';
import { AttributeSetDto } from '../../api/generated/models/attribute-set-dto';
import { toProblem } from '../../core/errors/problem';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import { moveControl } from '../../shared/move-control';
import { isSelect, suggestCode } from '../shared/catalog-logic';
import { ChipsInput } from '../shared/chips-input';
import {
  ATTRIBUTE_TYPES,
  AttributeForm,
  AttributeSetForm,
  attributeForm,
  createAttributeSetForm,
  toAttributeDefinitions,
} from './attribute-set-form';

export interface AttributeSetDialogData {
  readonly set?: AttributeSetDto;
  readonly readOnly?: boolean;
}

/** Adds or edits an attribute set: its name and its attributes in order (drag to reorder). */
@Component({
  selector: 'app-attribute-set-dialog',
  imports: [
    ChipsInput,
    ControlErrors,
    DragDropModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './attribute-set-dialog.html',
  styleUrl: './attribute-set-dialog.scss',
  changeDetection: ChangeDetectionStrategy.Default,
})
export class AttributeSetDialog {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);
  private readonly ref = inject(MatDialogRef<AttributeSetDialog, AttributeSetDto>);
  protected readonly data = inject<AttributeSetDialogData>(MAT_DIALOG_DATA);
  protected readonly types = ATTRIBUTE_TYPES;
  protected readonly saving = signal(false);
  protected readonly form: AttributeSetForm = createAttributeSetForm(this.data.set);
  /** Codes typed by hand stop following the label. */
  private readonly codeEdited = new WeakSet<AttributeForm>();

  constructor() {
    if (this.data.set) {
      this.form.controls.attributes.controls.forEach((c) => this.codeEdited.add(c));
    }
    if (this.data.readOnly) {
      this.form.disable();
    }
  }

  protected isSelect(attribute: AttributeForm): boolean {
    return isSelect(attribute.controls.type.value);
  }

  protected add(): void {
    this.form.controls.attributes.push(attributeForm());
  }

  protected removeAt(index: number): void {
    this.form.controls.attributes.removeAt(index);
    this.form.controls.attributes.markAsDirty();
  }

  protected drop(event: CdkDragDrop<AttributeForm[]>): void {
    moveControl(this.form.controls.attributes, event.previousIndex, event.currentIndex);
  }

  protected move(from: number, to: number): void {
    moveControl(this.form.controls.attributes, from, to);
  }

  protected labelChanged(attribute: AttributeForm): void {
    if (!this.codeEdited.has(attribute)) {
      attribute.controls.code.setValue(suggestCode(attribute.controls.label.value));
    }
  }

  protected codeTyped(attribute: AttributeForm): void {
    this.codeEdited.add(attribute);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const body = {
      name: this.form.controls.name.value.trim(),
      attributes: toAttributeDefinitions(this.form),
    };
    const call: Observable<AttributeSetDto> = this.data.set
      ? this.api.invoke(apiCatalogAttributeSetsIdPut, {
          id: this.data.set.id!,
          body: { ...body, version: this.data.set.version },
        })
      : this.api.invoke(apiCatalogAttributeSetsPost, { body });
    this.saving.set(true);
    call.subscribe({
      next: (set) => this.ref.close(set),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (problem.code === 'Commerce:Catalog:DuplicateAttributeSetName') {
          this.form.controls.name.setErrors({ server: problem.title });
          this.form.controls.name.markAsTouched();
        } else {
          this.notifier.notifyForm(error, this.form);
        }
      },
    });
  }
}
