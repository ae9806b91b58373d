import { CurrencyPipe, DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersGet } from '../../api/generated/fn/orders/api-ordering-orders-get';
import { apiStoresGet } from '../../api/generated/fn/stores/api-stores-get';
import { OrderListItemDto } from '../../api/generated/models/order-list-item-dto';
import { OrderSort } from '../../api/generated/models/order-sort';
import { OrderStatus } from '../../api/generated/models/order-status';
import { PaymentStatus } from '../../api/generated/models/payment-status';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import {
  ORDER_PAGE_SIZES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  orderListParams,
  statusLabel,
} from '../order-logic';

const SEARCH_DEBOUNCE_MS = 300;

/** Orders, newest first and server-paged; filtered by status, payment, store, dates and a text (number, email, name, phone). */
@Component({
  selector: 'app-order-list',
  imports: [
    CurrencyPipe,
    DatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
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
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  protected readonly pageSizes = ORDER_PAGE_SIZES;
  protected readonly statuses = ORDER_STATUSES;
  protected readonly paymentStatuses = PAYMENT_STATUSES;
  protected readonly label = statusLabel;
  protected readonly columns = ['number', 'placedAt', 'customer', 'status', 'total', 'store'];

  protected readonly search = signal('');
  private readonly text = toSignal(
    toObservable(this.search).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((t) => t.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly status = signal<OrderStatus | ''>('');
  protected readonly paymentStatus = signal<PaymentStatus | ''>('');
  protected readonly storeId = signal('');
  protected readonly placedFrom = signal('');
  protected readonly placedTo = signal('');
  protected readonly sort = signal<{ sort: OrderSort; descending: boolean }>({
    sort: 'PlacedAt',
    descending: true,
  });
  protected readonly page = linkedSignal<unknown, { index: number; size: number }>({
    source: () => [
      this.text(),
      this.status(),
      this.paymentStatus(),
      this.storeId(),
      this.placedFrom(),
      this.placedTo(),
      this.sort(),
    ],
    computation: (_, previous) => ({ index: 0, size: previous?.value.size ?? 25 }),
  });

  protected readonly orders = rxResource({
    params: () =>
      orderListParams({
        text: this.text(),
        status: this.status(),
        paymentStatus: this.paymentStatus(),
        storeId: this.storeId(),
        placedFrom: this.placedFrom(),
        placedTo: this.placedTo(),
        ...this.sort(),
        page: this.page(),
      }),
    stream: ({ params }) => this.api.invoke(apiOrderingOrdersGet, params),
  });
  private readonly shown = linkedSignal<
    { items: OrderListItemDto[]; totalCount: number } | undefined,
    { items: OrderListItemDto[]; totalCount: number }
  >({
    source: () => {
      const value = this.orders.hasValue() ? this.orders.value() : undefined;
      return value && { items: value.items, totalCount: Number(value.totalCount) };
    },
    computation: (value, previous) => value ?? previous?.value ?? { items: [], totalCount: 0 },
  });
  protected readonly rows = computed(() => this.shown().items);
  protected readonly totalCount = computed(() => this.shown().totalCount);

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

  constructor() {
    effect(() => {
      const error = this.orders.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected sortChanged(event: Sort): void {
    this.sort.set(
      event.direction
        ? { sort: event.active as OrderSort, descending: event.direction === 'desc' }
        : { sort: 'PlacedAt', descending: true },
    );
  }

  protected pageChanged(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected open(order: OrderListItemDto): void {
    void this.router.navigate(['/orders', order.id]);
  }
}
