import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { map, startWith, switchMap } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiStoresStoreIdMediaPost } from '../../api/generated/fn/stores/api-stores-store-id-media-post';
import { toProblem } from '../../core/errors/problem';

/** The files the host accepts (it judges by content; this only narrows the file picker). */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

/**
 * Uploads a picture for an image URL field of the store's appearance (the logo, a banner's image) and fills the
 * field with the address the host answers, so a typed URL and an upload end up the same way. The field's valid
 * value is previewed beside it; a refused file is named with the host's reason and leaves the field as it was.
 */
@Component({
  selector: 'app-store-media-upload',
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    @if (preview(); as url) {
      <img
        class="preview"
        [src]="url"
        [alt]="'Preview of the ' + label()"
        data-testid="media-preview"
      />
    }
    @if (canEdit()) {
      <input
        #picker
        type="file"
        hidden
        [accept]="types"
        [attr.aria-label]="'Choose the ' + label() + ' file'"
        (change)="picked($event)"
      />
      <button
        matButton="tonal"
        type="button"
        [disabled]="uploading()"
        [attr.aria-label]="'Upload the ' + label()"
        (click)="picker.click()"
      >
        {{ uploading() ? 'Uploading…' : 'Upload' }}
      </button>
    }
    @if (uploading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Uploading the ' + label()" />
    }
    @if (error(); as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .preview {
      max-width: 160px;
      max-height: 56px;
      object-fit: contain;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
    }
    mat-progress-bar {
      flex: 1 1 100%;
    }
    .field-error {
      flex: 1 1 100%;
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreMediaUpload {
  private readonly api = inject(Api);

  readonly storeId = input.required<string>();
  /** The URL field the uploaded picture's address goes into. */
  readonly control = input.required<FormControl<string>>();
  /** What the picture is for, in words ("logo", "banner 2 image"). */
  readonly label = input.required<string>();
  readonly canEdit = input(false);

  protected readonly types = IMAGE_TYPES;
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);

  /** The field's address while it is a valid one, typed or uploaded. */
  protected readonly preview = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.valueChanges.pipe(
          startWith(control.value),
          map(() => (control.valid && control.value.trim() ? control.value.trim() : null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected picked(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.[0];
    picker.value = '';
    if (file) {
      this.upload(file);
    }
  }

  private upload(file: File): void {
    this.error.set(null);
    this.uploading.set(true);
    this.api
      .invoke(apiStoresStoreIdMediaPost, { storeId: this.storeId(), body: { file } })
      .subscribe({
        next: (media) => {
          this.uploading.set(false);
          const control = this.control();
          control.setValue(media.url);
          control.markAsDirty();
          control.markAsTouched();
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          this.error.set(`${file.name}: ${toProblem(error).title}`);
        },
      });
  }
}
