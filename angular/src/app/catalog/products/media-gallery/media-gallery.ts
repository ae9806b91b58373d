import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { catchError, concatMap, filter, from, map, of, switchMap, throwError } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiCatalogProductsProductIdImagesGet } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-get';
import { apiCatalogProductsProductIdImagesIdGet } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-id-get';
import { apiCatalogProductsProductIdImagesIdDelete } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-id-delete';
import { apiCatalogProductsProductIdImagesIdPut } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-id-put';
import { apiCatalogProductsProductIdImagesPost } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-post';
import { apiCatalogProductsProductIdImagesReorderPost } from '../../../api/generated/fn/product-images/api-catalog-products-product-id-images-reorder-post';
import { ProductImageDto } from '../../../api/generated/models/product-image-dto';
import { ProductVariantDto } from '../../../api/generated/models/product-variant-dto';
import { ConfigService } from '../../../core/config/config.service';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { moveItem, variantTitle } from '../../shared/catalog-logic';
import { imageUrl } from '../../shared/product-thumbnail';

const PENDING_POLL_MS = 2000;

/** The gallery's new order after a drag: the ids to send, or null when nothing moved. */
export function reorderedIds(
  images: readonly ProductImageDto[],
  from: number,
  to: number,
): string[] | null {
  if (from === to) {
    return null;
  }
  return moveItem(images, from, to).map((image) => image.id!);
}

/**
 * A product's images: upload (drop files or pick them; the host says why a file is refused), thumbnails once the
 * background job made them (the original meanwhile), alt text, drag to reorder, assign to variants, delete.
 */
@Component({
  selector: 'app-media-gallery',
  imports: [
    DragDropModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
  ],
  templateUrl: './media-gallery.html',
  styleUrl: './media-gallery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaGallery {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  readonly productId = input.required<string>();
  readonly variants = input<readonly ProductVariantDto[]>([]);
  readonly canEdit = input(false);

  protected readonly data = rxResource({
    params: () => ({ productId: this.productId() }),
    stream: ({ params }) => this.api.invoke(apiCatalogProductsProductIdImagesGet, params),
  });
  protected readonly images = computed(() =>
    this.data.hasValue() ? (this.data.value() ?? []) : [],
  );
  protected readonly uploading = signal(0);
  protected readonly uploadErrors = signal<string[]>([]);
  protected readonly dragOver = signal(false);

  constructor() {
    // Thumbnails are made in the background: look again while some are pending.
    effect((onCleanup) => {
      if (this.images().some((image) => image.thumbnailState === 'Pending')) {
        const timer = setTimeout(() => this.data.reload(), PENDING_POLL_MS);
        onCleanup(() => clearTimeout(timer));
      }
    });
    effect(() => {
      const error = this.data.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
    inject(DestroyRef).onDestroy(() => this.uploading.set(0));
  }

  protected src(image: ProductImageDto): string {
    return imageUrl(this.config.currentTenant()?.id, image, 480);
  }

  protected variantName(variant: ProductVariantDto): string {
    return variantTitle(variant.optionValues);
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.upload(Array.from(input.files ?? []));
    input.value = '';
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(false);
    if (this.canEdit()) {
      this.upload(Array.from(event.dataTransfer?.files ?? []));
    }
  }

  protected dragging(event: DragEvent, over: boolean): void {
    event.preventDefault();
    this.dragOver.set(over && this.canEdit());
  }

  /** Uploads the files one after the other; each refusal is listed with the file's name. */
  protected upload(files: File[]): void {
    if (files.length === 0) {
      return;
    }
    this.uploadErrors.set([]);
    this.uploading.set(files.length);
    from(files)
      .pipe(
        concatMap((file) =>
          this.api
            .invoke(apiCatalogProductsProductIdImagesPost, {
              productId: this.productId(),
              body: { file },
            })
            .pipe(
              map(() => null),
              catchError((error: unknown) => {
                this.uploadErrors.update((errors) => [
                  ...errors,
                  `${file.name}: ${toProblem(error).title}`,
                ]);
                return of(null);
              }),
            ),
        ),
      )
      .subscribe({
        next: () => this.uploading.update((n) => Math.max(0, n - 1)),
        complete: () => {
          this.uploading.set(0);
          this.data.reload();
        },
      });
  }

  protected drop(event: CdkDragDrop<ProductImageDto[]>): void {
    const ids = reorderedIds(this.images(), event.previousIndex, event.currentIndex);
    if (!ids) {
      return;
    }
    this.data.set(moveItem(this.images(), event.previousIndex, event.currentIndex));
    this.api
      .invoke(apiCatalogProductsProductIdImagesReorderPost, {
        productId: this.productId(),
        body: { imageIds: ids },
      })
      .subscribe({
        next: (images) => this.data.set(images),
        error: (error: unknown) => {
          this.notifier.notify(error);
          this.data.reload();
        },
      });
  }

  protected saveAltText(image: ProductImageDto, value: string): void {
    if ((image.altText ?? '') === value.trim()) {
      return;
    }
    this.update(image, { altText: value.trim() || null, variantIds: image.variantIds ?? [] });
  }

  protected assign(image: ProductImageDto, variantIds: string[]): void {
    this.update(image, { altText: image.altText ?? null, variantIds });
  }

  protected remove(image: ProductImageDto): void {
    const data: ConfirmDialogData = {
      title: 'Delete this image?',
      message: 'The image and its thumbnails are deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiCatalogProductsProductIdImagesIdDelete, {
            productId: this.productId(),
            id: image.id!,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.notifier.success('The image is deleted.');
          this.data.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private update(
    image: ProductImageDto,
    body: { altText: string | null; variantIds: string[] },
  ): void {
    const put = (version: number | string | undefined) =>
      this.api.invoke(apiCatalogProductsProductIdImagesIdPut, {
        productId: this.productId(),
        id: image.id!,
        body: { ...body, version },
      });
    // The thumbnail job changes the image's version when it finishes: a stale version is retried once with the
    // image as it is now (the job only touches thumbnails, never the alt text or variants).
    put(image.version)
      .pipe(
        catchError((error: unknown) =>
          toProblem(error).code === 'Commerce:StaleVersion'
            ? this.api
                .invoke(apiCatalogProductsProductIdImagesIdGet, {
                  productId: this.productId(),
                  id: image.id!,
                })
                .pipe(switchMap((current) => put(current.version)))
            : throwError(() => error),
        ),
      )
      .subscribe({
        next: () => {
          this.notifier.success('The image is saved.');
          // Each variant has one image at most: another image may have lost one.
          this.data.reload();
        },
        error: (error: unknown) => {
          this.notifier.notify(error);
          this.data.reload();
        },
      });
  }
}
