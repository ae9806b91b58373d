import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';

import { Api } from '../../api/generated/api';
import { apiCatalogProductsProductIdImagesGet } from '../../api/generated/fn/product-images/api-catalog-products-product-id-images-get';
import { ProductImageDto } from '../../api/generated/models/product-image-dto';
import { ConfigService } from '../../core/config/config.service';

/**
 * The public address of an image's file: the original, or a thumbnail (its long side) once the background job
 * made it; until then the original stands in.
 */
export function imageUrl(
  tenantId: string | null | undefined,
  image: ProductImageDto,
  size: 160 | 480 | 1024 | 'original' = 'original',
): string {
  const ready =
    size === 'original' ||
    (image.thumbnailState === 'Ready' && (image.thumbnailSizes ?? []).map(Number).includes(size));
  return `/media/product-images/${tenantId ?? ''}/${image.id}/${ready ? size : 'original'}`;
}

/**
 * A product's first image, small, for the list. The list's rows carry no image, so each row asks for its
 * gallery (see the report's API gaps).
 */
@Component({
  selector: 'app-product-thumbnail',
  template: `
    @if (src(); as url) {
      <img [src]="url" [alt]="alt()" width="40" height="40" loading="lazy" />
    } @else {
      <span class="placeholder" aria-hidden="true"></span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      width: 40px;
      height: 40px;
    }
    img,
    .placeholder {
      width: 40px;
      height: 40px;
      object-fit: cover;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductThumbnail {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);

  readonly productId = input.required<string>();

  private readonly images = rxResource({
    params: () => ({ productId: this.productId() }),
    stream: ({ params }) => this.api.invoke(apiCatalogProductsProductIdImagesGet, params),
  });
  private readonly first = computed(() =>
    this.images.hasValue() ? (this.images.value()?.[0] ?? null) : null,
  );
  protected readonly src = computed(() => {
    const image = this.first();
    return image ? imageUrl(this.config.currentTenant()?.id, image, 160) : null;
  });
  protected readonly alt = computed(() => this.first()?.altText ?? '');
}
