import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { debounceTime, map } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiNotificationsTemplatesStoreIdGet } from '../../api/generated/fn/notification-templates/api-notifications-templates-store-id-get';
import { apiNotificationsTemplatesStoreIdPreviewPost } from '../../api/generated/fn/notification-templates/api-notifications-templates-store-id-preview-post';
import { apiNotificationsTemplatesStoreIdPut } from '../../api/generated/fn/notification-templates/api-notifications-templates-store-id-put';
import { apiNotificationsTemplatesStoreIdResetPost } from '../../api/generated/fn/notification-templates/api-notifications-templates-store-id-reset-post';
import { NotificationKind } from '../../api/generated/models/notification-kind';
import { NotificationTemplateDto } from '../../api/generated/models/notification-template-dto';
import { ConfigService } from '../../core/config/config.service';
import { SERVER_ERROR } from '../../core/errors/form-errors';
import { toProblem } from '../../core/errors/problem';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { ControlErrors } from '../../shared/control-errors/control-errors';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';
import {
  PREVIEW_DEBOUNCE_MS,
  TEMPLATE_VARIABLES,
  kindLabel,
  templateOf,
} from '../notifications-logic';

const INVALID_TEMPLATE = 'Commerce:Notifications:InvalidTemplate';
const SUBJECT_MAX = 256;
const BODY_MAX = 50000;

/**
 * One kind's template for one store: subject and body in Liquid, a live preview with a sample order (parse
 * errors shown by their field while typing), save with the version read, and reset to the product's default.
 */
@Component({
  selector: 'app-template-editor',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './template-editor.html',
  styleUrl: './template-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateEditor {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);
  private readonly sanitizer = inject(DomSanitizer);

  readonly storeId = input.required<string>();
  readonly kind = input.required<NotificationKind>();

  protected readonly title = computed(() => kindLabel(this.kind()));
  protected readonly variables = TEMPLATE_VARIABLES.map((name) => `{{ ${name} }}`);
  protected readonly canManage = computed(() =>
    this.config.isGranted(Permissions.NotificationTemplatesManage),
  );

  protected readonly form = new FormGroup({
    subject: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SUBJECT_MAX)],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(BODY_MAX)],
    }),
  });

  /** The template as last read or saved: its version and whether the store customized it. */
  protected readonly saved = signal<NotificationTemplateDto | null>(null);
  protected readonly busy = signal(false);

  protected readonly templates = rxResource({
    params: () => this.storeId(),
    stream: ({ params }) =>
      this.api.invoke(apiNotificationsTemplatesStoreIdGet, { storeId: params }),
  });

  private readonly typed = toSignal(
    this.form.valueChanges.pipe(
      debounceTime(PREVIEW_DEBOUNCE_MS),
      map(() => this.form.getRawValue()),
    ),
  );

  protected readonly preview = rxResource({
    params: () => {
      const value = this.typed();
      return value && value.subject && value.body ? { ...value, kind: this.kind() } : undefined;
    },
    stream: ({ params }) =>
      this.api.invoke(apiNotificationsTemplatesStoreIdPreviewPost, {
        storeId: this.storeId(),
        body: params,
      }),
  });

  protected readonly previewHtml = computed(() => {
    const html = this.preview.hasValue() ? this.preview.value()?.html : undefined;
    // The preview is the merchant's own message, rendered by the server; the frame is sandboxed (no scripts).
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });

  constructor() {
    effect(() => {
      const template = templateOf(
        this.templates.hasValue() ? this.templates.value() : undefined,
        this.kind(),
      );
      if (template) {
        untracked(() => this.load(template));
      }
    });
    effect(() => {
      const preview = this.preview.hasValue() ? this.preview.value() : undefined;
      // Controls read their status through signals: only the preview may re-run this, not the errors it sets.
      untracked(() => {
        this.markParseError(this.form.controls.subject, preview?.subjectError);
        this.markParseError(this.form.controls.body, preview?.bodyError);
      });
    });
    effect(() => {
      const error = this.templates.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected save(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const body = {
      kind: this.kind(),
      ...this.form.getRawValue(),
      version: this.saved()?.version ?? 0,
    };
    this.api
      .invoke(apiNotificationsTemplatesStoreIdPut, { storeId: this.storeId(), body })
      .subscribe({
        next: (template) => {
          this.busy.set(false);
          this.saved.set(template);
          this.notifier.success(`${this.title()} is saved.`);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.showSaveError(error);
        },
      });
  }

  protected reset(): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: 'Reset to default?',
          message: `The store's own ${this.title().toLowerCase()} template is deleted and the default is sent again.`,
          confirm: 'Reset',
        },
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) {
          return;
        }
        this.busy.set(true);
        this.api
          .invoke(apiNotificationsTemplatesStoreIdResetPost, {
            storeId: this.storeId(),
            body: { kind: this.kind() },
          })
          .subscribe({
            next: (template) => {
              this.busy.set(false);
              this.load(template);
              this.notifier.success(`${this.title()} is back to the default.`);
            },
            error: (error: unknown) => {
              this.busy.set(false);
              this.notifier.notify(error);
            },
          });
      });
  }

  private load(template: NotificationTemplateDto): void {
    this.saved.set(template);
    this.form.setValue({ subject: template.subject, body: template.body });
    if (!this.canManage()) {
      this.form.disable({ emitEvent: false });
    }
  }

  /** A template the server cannot parse: the message goes on the field the live preview last found broken. */
  private showSaveError(error: unknown): void {
    const problem = toProblem(error);
    if (problem.code !== INVALID_TEMPLATE) {
      this.notifier.notifyForm(error, this.form);
      return;
    }
    const preview = this.preview.hasValue() ? this.preview.value() : undefined;
    const control = preview?.subjectError ? this.form.controls.subject : this.form.controls.body;
    control.setErrors({ ...control.errors, [SERVER_ERROR]: problem.title });
    control.markAsTouched();
  }

  private markParseError(control: FormControl<string>, message: string | null | undefined): void {
    const others = { ...control.errors };
    delete others[SERVER_ERROR];
    if (message) {
      control.setErrors({ ...others, [SERVER_ERROR]: message });
      control.markAsTouched();
    } else if (control.hasError(SERVER_ERROR)) {
      control.setErrors(Object.keys(others).length ? others : null);
    }
  }
}
