import { Directive, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginator, PageEvent } from '@angular/material/paginator';

import { PageState } from './paged-table';

/** What a paginator shows of a paged table, and where it says the user paged. */
export interface PagedTableState {
  readonly page: () => PageState;
  readonly totalCount: () => number;
  pageChanged(event: PageEvent): void;
}

/**
 * Binds a mat-paginator to a {@link PagedTable}: the paginator shows the table's page, size and count, and the
 * user's paging changes the table's page. `<mat-paginator [appPagedTable]="orders" [pageSizeOptions]="…" />`
 */
@Directive({ selector: 'mat-paginator[appPagedTable]' })
export class PagedTablePaginator {
  readonly table = input.required<PagedTableState>({ alias: 'appPagedTable' });

  constructor() {
    const paginator = inject(MatPaginator);
    effect(() => {
      const table = this.table();
      const page = table.page();
      paginator.length = table.totalCount();
      paginator.pageIndex = page.index;
      paginator.pageSize = page.size;
    });
    paginator.page.pipe(takeUntilDestroyed()).subscribe((event) => this.table().pageChanged(event));
  }
}
