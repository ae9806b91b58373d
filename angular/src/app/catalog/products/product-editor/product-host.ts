import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiCatalogProductsProductIdVariantsGeneratePost } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-generate-post';
import { apiCatalogProductsIdActivatePost } from '../../../api/generated/fn/products/api-catalog-products-id-activate-post';
import { apiCatalogProductsIdArchivePost } from '../../../api/generated/fn/products/api-catalog-products-id-archive-post';
import { apiCatalogProductsIdDelete } from '../../../api/generated/fn/products/api-catalog-products-id-delete';
import { apiCatalogProductsIdDraftPost } from '../../../api/generated/fn/products/api-catalog-products-id-draft-post';
import { apiCatalogProductsIdPut } from '../../../api/generated/fn/products/api-catalog-products-id-put';
import { apiCatalogProductsPost } from '../../../api/generated/fn/products/api-catalog-products-post';
import { AttributeDefinitionDto } from '../../../api/generated/models/attribute-definition-dto';
import { ProductDto } from '../../../api/generated/models/product-dto';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { ProductForm, toCreateProduct, toUpdateProduct } from '../product-form';

/** The status a product's header buttons move it to. */
export type ProductStatusAction = 'activate' | 'archive' | 'draft';

/** What the product editor asks of the host: create, save, generate variants, change status, delete. */
@Injectable({ providedIn: 'root' })
export class ProductHost {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);

  /** Creates a draft from the form (with its first variant's price). */
  create(
    form: ProductForm,
    definitions: readonly AttributeDefinitionDto[],
  ): Observable<ProductDto> {
    return this.api.invoke(apiCatalogProductsPost, { body: toCreateProduct(form, definitions) });
  }

  /** Saves the form over the product, with the version it was loaded at. */
  update(
    form: ProductForm,
    product: ProductDto,
    definitions: readonly AttributeDefinitionDto[],
  ): Observable<ProductDto> {
    return this.api.invoke(apiCatalogProductsIdPut, {
      id: product.id!,
      body: toUpdateProduct(form, definitions, product.version),
    });
  }

  /** Adds a variant for every combination of the saved options that has none. */
  generateVariants(product: ProductDto): Observable<ProductDto> {
    return this.api.invoke(apiCatalogProductsProductIdVariantsGeneratePost, {
      productId: product.id!,
      body: { version: product.version },
    });
  }

  setStatus(product: ProductDto, action: ProductStatusAction): Observable<ProductDto> {
    const call =
      action === 'activate'
        ? apiCatalogProductsIdActivatePost
        : action === 'archive'
          ? apiCatalogProductsIdArchivePost
          : apiCatalogProductsIdDraftPost;
    return this.api.invoke(call, { id: product.id! });
  }

  /** Asks, then deletes; emits once the product is deleted, nothing when the user says no. */
  confirmDelete(product: ProductDto): Observable<unknown> {
    const data: ConfirmDialogData = {
      title: `Delete ${product.title}?`,
      message: 'The product, its variants, prices and images are deleted.',
      confirm: 'Delete',
    };
    return this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiCatalogProductsIdDelete, {
            id: product.id!,
            version: product.version,
          }),
        ),
      );
  }
}
