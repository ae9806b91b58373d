import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Observable } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiCatalogCategoriesIdGet } from '../../api/generated/fn/categories/api-catalog-categories-id-get';
import { apiCatalogCategoriesIdPut } from '../../api/generated/fn/categories/api-catalog-categories-id-put';
import { apiCatalogCategoriesPost } from '../../api/generated/fn/categories/api-catalog-categories-post';
import { CategoryDto } from '../../api/generated/models/category-dto';
import { toProblem } from '../../core/errors/problem';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import { HANDLE_PATTERN } from '../products/product-form';
import { suggestHandle } from '../shared/catalog-logic';

export interface CategoryDialogData {
  /** The category to edit; none to add one. */
  readonly id?: string;
  /** Where a new category goes; none for the root. */
  readonly parentId?: string | null;
  readonly parentName?: string;
}

/** Adds or edits a category: name, handle (suggested), description, hidden. Closes with the saved category. */
@Component({
  selector: 'app-category-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        data.id
          ? 'Edit category'
          : data.parentName
            ? 'Add a category to ' + data.parentName
            : 'Add a category'
      }}
    </h2>
    <mat-dialog-content>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the category" />
      }
      <form [formGroup]="form" id="category-form" (ngSubmit)="save()" novalidate>
        <mat-form-field class="full">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" (input)="nameChanged()" />
          <mat-error [appControlErrors]="form.controls.name" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Handle</mat-label>
          <input
            matInput
            formControlName="handle"
            autocomplete="off"
            (input)="handleFollows = false"
          />
          <mat-error [appControlErrors]="form.controls.handle" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Description</mat-label>
          <textarea matInput rows="3" formControlName="description"></textarea>
          <mat-error [appControlErrors]="form.controls.description" />
        </mat-form-field>
        <mat-checkbox formControlName="isHidden"
          >Hidden from the storefront's navigation</mat-checkbox
        >
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" mat-dialog-close>Cancel</button>
      <button
        matButton="filled"
        type="submit"
        form="category-form"
        [disabled]="saving() || loading()"
      >
        {{ data.id ? 'Save' : 'Add' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.Default,
})
export class CategoryDialog {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);
  private readonly ref = inject(MatDialogRef<CategoryDialog, CategoryDto>);
  protected readonly data = inject<CategoryDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly loading = signal(!!this.data.id);
  protected handleFollows = !this.data.id;
  private version: number | string | undefined;

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(128)],
    }),
    handle: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(128), Validators.pattern(HANDLE_PATTERN)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(8000)],
    }),
    isHidden: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    if (this.data.id) {
      this.api.invoke(apiCatalogCategoriesIdGet, { id: this.data.id }).subscribe({
        next: (category) => {
          this.version = category.version;
          this.form.setValue({
            name: category.name,
            handle: category.handle,
            description: category.description ?? '',
            isHidden: !!category.isHidden,
          });
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.notifier.notify(error);
          this.ref.close();
        },
      });
    }
  }

  protected nameChanged(): void {
    if (this.handleFollows) {
      this.form.controls.handle.setValue(suggestHandle(this.form.controls.name.value));
    }
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const call: Observable<CategoryDto> = this.data.id
      ? this.api.invoke(apiCatalogCategoriesIdPut, {
          id: this.data.id,
          body: {
            name: v.name.trim(),
            handle: v.handle || suggestHandle(v.name),
            description: v.description || null,
            isHidden: v.isHidden,
            version: this.version,
          },
        })
      : this.api.invoke(apiCatalogCategoriesPost, {
          body: {
            name: v.name.trim(),
            handle: v.handle || null,
            description: v.description || null,
            isHidden: v.isHidden,
            parentId: this.data.parentId ?? null,
          },
        });
    this.saving.set(true);
    call.subscribe({
      next: (category) => this.ref.close(category),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        if (problem.code === 'Commerce:Catalog:DuplicateCategoryHandle') {
          this.form.controls.handle.setErrors({ server: problem.title });
          this.form.controls.handle.markAsTouched();
        } else {
          this.notifier.notifyForm(error, this.form);
        }
      },
    });
  }
}
