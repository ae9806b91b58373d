import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Observable, forkJoin, of } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiHostFeaturesEditionsFeatureDefinitionsGet } from '../../../api/generated/fn/editions/api-host-features-editions-feature-definitions-get';
import { apiHostFeaturesEditionsIdGet } from '../../../api/generated/fn/editions/api-host-features-editions-id-get';
import { apiHostFeaturesEditionsIdPut } from '../../../api/generated/fn/editions/api-host-features-editions-id-put';
import { apiHostFeaturesEditionsPost } from '../../../api/generated/fn/editions/api-host-features-editions-post';
import { EditionDto } from '../../../api/generated/models/edition-dto';
import { FeatureDefinitionDto } from '../../../api/generated/models/feature-definition-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { featureValueControl } from '../../shared/feature-kind';
import { FeatureValueInput } from '../../shared/feature-value-input/feature-value-input';
import { groupBy } from '../../../shared/group-by';

/** Everything the editor shows, loaded together: the feature definitions and the edition (none when new). */
interface EditorData {
  readonly definitions: FeatureDefinitionDto[];
  readonly edition: EditionDto | null;
}

type EditionForm = FormGroup<{
  name: FormControl<string>;
  displayName: FormControl<string>;
  featureValues: FormGroup<Record<string, FormControl<string>>>;
}>;

/** Creates an edition, or edits one: its display name and the value of every feature on the plan. */
@Component({
  selector: 'app-edition-editor',
  imports: [
    ControlErrors,
    FeatureValueInput,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './edition-editor.html',
  styleUrl: './edition-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionEditor {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  /** The edition's id from the route; absent on /host/editions/new. */
  readonly id = input<string>();

  protected readonly isNew = computed(() => !this.id());
  protected readonly saving = signal(false);

  protected readonly data = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.load(params.id),
  });

  private readonly loaded = computed<EditorData | undefined>(() =>
    this.data.hasValue() ? this.data.value() : undefined,
  );
  protected readonly groups = computed(() =>
    groupBy(this.loaded()?.definitions ?? [], (definition) => definition.group),
  );
  protected readonly title = computed(() => {
    const edition = this.loaded()?.edition;
    return edition ? `Edit ${edition.displayName}` : this.isNew() ? 'New edition' : 'Edit edition';
  });

  /** A fresh form whenever the data (re)loads. */
  protected readonly form = linkedSignal<EditorData | undefined, EditionForm>({
    source: this.loaded,
    computation: (data) => this.createForm(data),
  });

  constructor() {
    effect(() => {
      const error = this.data.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected save(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const { name, displayName, featureValues } = form.getRawValue();
    const edition = this.loaded()?.edition;
    const request: Observable<EditionDto> = edition
      ? this.api.invoke(apiHostFeaturesEditionsIdPut, {
          id: edition.id!,
          body: { displayName, featureValues, version: edition.version },
        })
      : this.api.invoke(apiHostFeaturesEditionsPost, {
          body: { name, displayName, featureValues },
        });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.notifier.success(`${saved.displayName} is saved.`);
        void this.router.navigate(['/host/editions']);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.notifyForm(error, form);
      },
    });
  }

  private load(id: string | undefined): Observable<EditorData> {
    return forkJoin({
      definitions: this.api.invoke(apiHostFeaturesEditionsFeatureDefinitionsGet),
      edition: id ? this.api.invoke(apiHostFeaturesEditionsIdGet, { id }) : of(null),
    });
  }

  private createForm(data: EditorData | undefined): EditionForm {
    const edition = data?.edition;
    const values: Record<string, FormControl<string>> = {};
    for (const definition of data?.definitions ?? []) {
      values[definition.name] = featureValueControl(
        definition,
        edition?.featureValues[definition.name] ?? definition.defaultValue,
      );
    }
    return new FormGroup({
      name: new FormControl(edition?.name ?? '', {
        nonNullable: true,
        validators: edition ? [] : [Validators.required, Validators.maxLength(64)],
      }),
      displayName: new FormControl(edition?.displayName ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(128)],
      }),
      featureValues: new FormGroup(values),
    });
  }
}
