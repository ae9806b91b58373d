import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersGet } from '../../api/generated/fn/orders/api-ordering-orders-get';
import { apiStoresGet } from '../../api/generated/fn/stores/api-stores-get';
import { OrderListItemDto } from '../../api/generated/models/order-list-item-dto';
import { OrderSort } from '../../api/generated/models/order-sort';
import { OrderStatus } from '../../api/generated/models/order-status';
import { PaymentStatus } from '../../api/generated/models/payment-status';
import { ConfigService } from '../../core/config/config.service';
import { Permissions } from '../../core/permissions/permissions';
import { PagedTable, debouncedSearch } from '../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../shared/paged-table/paged-table-paginator';
import {
  ORDER_PAGE_SIZES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  orderListParams,
  statusLabel,
} from '../order-logic';

/** Orders, newest first and server-paged; filtered by status, payment, store, dates and a text (number, email, name, phone). */
@Component({
  selector: 'app-order-list',
  imports: [
    CurrencyPipe,
    DatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
  ],
  templateUrl: './order-list.html',
  styleUrl: './order-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly router = inject(Router);

  protected readonly pageSizes = ORDER_PAGE_SIZES;
  protected readonly statuses = ORDER_STATUSES;
  protected readonly paymentStatuses = PAYMENT_STATUSES;
  protected readonly label = statusLabel;
  protected readonly columns = ['number', 'placedAt', 'customer', 'status', 'total', 'store'];

  protected readonly search = signal('');
  private readonly text = debouncedSearch(this.search);
  protected readonly status = signal<OrderStatus | ''>('');
  protected readonly paymentStatus = signal<PaymentStatus | ''>('');
  protected readonly storeId = signal('');
  protected readonly placedFrom = signal('');
  protected readonly placedTo = signal('');
  protected readonly sort = signal<{ sort: OrderSort; descending: boolean }>({
    sort: 'PlacedAt',
    descending: true,
  });

  protected readonly orders = new PagedTable({
    filters: () => ({
      text: this.text(),
      status: this.status(),
      paymentStatus: this.paymentStatus(),
      storeId: this.storeId(),
      placedFrom: this.placedFrom(),
      placedTo: this.placedTo(),
      ...this.sort(),
    }),
    load: (filters, page) =>
      this.api.invoke(apiOrderingOrdersGet, orderListParams({ ...filters, page })),
  });

  private readonly storeList = rxResource({
    params: () => this.config.isGranted(Permissions.Stores) || undefined,
    stream: () => this.api.invoke(apiStoresGet),
  });
  protected readonly stores = computed(() =>
    this.storeList.hasValue() ? (this.storeList.value() ?? []) : [],
  );
  protected readonly storeNames = computed(
    () => new Map(this.stores().map((s) => [s.id, s.name] as const)),
  );

  protected sortChanged(event: Sort): void {
    this.sort.set(
      event.direction
        ? { sort: event.active as OrderSort, descending: event.direction === 'desc' }
        : { sort: 'PlacedAt', descending: true },
    );
  }

  protected open(order: OrderListItemDto): void {
    void this.router.navigate(['/orders', order.id]);
  }
}
