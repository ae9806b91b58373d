import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import { Api } from '../../../api/generated/api';
import { apiCatalogCategoriesGet } from '../../../api/generated/fn/categories/api-catalog-categories-get';
import { apiCatalogProductsGet } from '../../../api/generated/fn/products/api-catalog-products-get';
import { apiStoresGet } from '../../../api/generated/fn/stores/api-stores-get';
import { ProductListItemDto } from '../../../api/generated/models/product-list-item-dto';
import { ProductSort } from '../../../api/generated/models/product-sort';
import { ProductStatus } from '../../../api/generated/models/product-status';
import { ConfigService } from '../../../core/config/config.service';
import { Permissions } from '../../../core/permissions/permissions';
import { PageState, PagedTable, debouncedSearch } from '../../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../../shared/paged-table/paged-table-paginator';
import { flattenTree, priceRange } from '../../shared/catalog-logic';
import { ProductThumbnail } from '../../shared/product-thumbnail';

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['Draft', 'Active', 'Archived'];
export const PRODUCT_PAGE_SIZES = [10, 25, 50, 100];

/** The table's sortable columns and the host's sort each one asks for. */
export const SORT_COLUMNS: Readonly<Record<string, ProductSort>> = {
  title: 'Title',
  price: 'Price',
  created: 'Created',
  updated: 'Updated',
};

export interface ProductListQuery {
  readonly filter: string;
  readonly status: ProductStatus | '';
  readonly categoryId: string;
  readonly storeId: string;
  readonly sort: Sort;
  readonly page: PageState;
}

/** The list's state as the host's query parameters: empty filters left out, sort only when one is chosen. */
export function productListParams(query: ProductListQuery) {
  const sort = query.sort.direction ? SORT_COLUMNS[query.sort.active] : undefined;
  return {
    Filter: query.filter || undefined,
    Status: query.status || undefined,
    CategoryId: query.categoryId || undefined,
    IncludeSubcategories: query.categoryId ? true : undefined,
    StoreId: query.storeId || undefined,
    Sort: sort ?? undefined,
    Descending: sort ? query.sort.direction === 'desc' : undefined,
    SkipCount: query.page.index * query.page.size,
    MaxResultCount: query.page.size,
  };
}

/**
 * The products: server-side paging, typo-tolerant search, filters by status, category (with its subcategories)
 * and store, and sortable columns. A row opens the product's editor.
 */
@Component({
  selector: 'app-product-list',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ProductThumbnail,
    RouterLink,
  ],
  templateUrl: './product-list.html',
  styleUrl: './product-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly router = inject(Router);

  protected readonly statuses = PRODUCT_STATUSES;
  protected readonly pageSizes = PRODUCT_PAGE_SIZES;
  protected readonly columns = ['image', 'title', 'status', 'variants', 'price', 'tags', 'updated'];
  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.ProductsCreate));

  protected readonly search = signal('');
  private readonly filter = debouncedSearch(this.search);
  protected readonly status = signal<ProductStatus | ''>('');
  protected readonly categoryId = signal('');
  protected readonly storeId = signal('');
  protected readonly sort = signal<Sort>({ active: '', direction: '' });

  protected readonly products = new PagedTable({
    filters: () => ({
      filter: this.filter(),
      status: this.status(),
      categoryId: this.categoryId(),
      storeId: this.storeId(),
      sort: this.sort(),
    }),
    load: (filters, page) =>
      this.api.invoke(apiCatalogProductsGet, productListParams({ ...filters, page })),
  });

  private readonly categoryTree = rxResource({
    params: () => this.config.isGranted(Permissions.Categories) || undefined,
    stream: () => this.api.invoke(apiCatalogCategoriesGet),
  });
  protected readonly categories = computed(() =>
    this.categoryTree.hasValue() ? flattenTree(this.categoryTree.value() ?? []) : [],
  );
  private readonly storeList = rxResource({
    params: () => this.config.isGranted(Permissions.Stores) || undefined,
    stream: () => this.api.invoke(apiStoresGet),
  });
  protected readonly stores = computed(() =>
    this.storeList.hasValue() ? (this.storeList.value() ?? []) : [],
  );

  protected readonly trackById = (_: number, product: ProductListItemDto) => product.id;

  protected price(product: ProductListItemDto): string {
    const from = priceRange([Number(product.minPrice ?? 0)]);
    return Number(product.variantCount ?? 1) > 1 ? `from ${from}` : from;
  }

  protected indent(depth: number): string {
    return '\u00a0\u00a0'.repeat(depth);
  }

  protected open(product: ProductListItemDto): void {
    void this.router.navigate(['/catalog/products', product.id]);
  }
}
