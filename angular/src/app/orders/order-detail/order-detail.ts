import { CurrencyPipe, DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersIdGet } from '../../api/generated/fn/orders/api-ordering-orders-id-get';
import { apiStoresIdGet } from '../../api/generated/fn/stores/api-stores-id-get';
import { OrderDto } from '../../api/generated/models/order-dto';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { FulfilDialog } from '../fulfil-dialog/fulfil-dialog';
import {
  OrderAction,
  OrderActionDialog,
  OrderActionDialogData,
} from '../order-action-dialog/order-action-dialog';
import { orderActions, statusLabel } from '../order-logic';
import { OrderTimeline } from '../order-timeline/order-timeline';
import { RefundDialog } from '../refund-dialog/refund-dialog';

/**
 * One order: its state, lines and totals, customer and address, payments with their transactions, shipments with
 * tracking, and the timeline. Actions open dialogs that send the order's version, so a stale page is refused.
 */
@Component({
  selector: 'app-order-detail',
  imports: [
    CurrencyPipe,
    DatePipe,
    MatButtonModule,
    MatProgressBarModule,
    OrderTimeline,
    RouterLink,
  ],
  templateUrl: './order-detail.html',
  styleUrl: './order-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDetail {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  /** The route's :id. */
  readonly id = input.required<string>();

  protected readonly label = statusLabel;
  protected readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.invoke(apiOrderingOrdersIdGet, { id: params }),
  });
  /** The order shown: as loaded, then as each action returns it. */
  protected readonly order = linkedSignal<OrderDto | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  private readonly store = rxResource({
    params: () => (this.config.isGranted(Permissions.Stores) ? this.order()?.storeId : undefined),
    stream: ({ params }) => this.api.invoke(apiStoresIdGet, { id: params }),
  });
  protected readonly storeName = computed(() =>
    this.store.hasValue() ? this.store.value()?.name : undefined,
  );

  protected readonly canManage = computed(() => this.config.isGranted(Permissions.OrdersManage));
  protected readonly canFulfil = computed(() => this.config.isGranted(Permissions.OrdersFulfil));
  protected readonly canRefund = computed(() => this.config.isGranted(Permissions.OrdersRefund));
  protected readonly canSeeNotifications = computed(() =>
    this.config.isGranted(Permissions.Notifications),
  );
  protected readonly actions = computed(() => {
    const order = this.order();
    const allowed = order && orderActions(order);
    return {
      fulfil: !!allowed?.fulfil && this.canFulfil(),
      complete: !!allowed?.complete && this.canFulfil(),
      capture: !!allowed?.capture && this.canManage(),
      cancel: !!allowed?.cancel && this.canManage(),
      refund: !!allowed?.refund && this.canRefund(),
    };
  });

  constructor() {
    effect(() => {
      const error = this.loaded.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected fulfil(order: OrderDto): void {
    this.afterAction(
      this.dialog.open<FulfilDialog, OrderDto, OrderDto>(FulfilDialog, {
        data: order,
        width: '560px',
        maxWidth: '95vw',
      }),
      'Shipment recorded.',
    );
  }

  protected refund(order: OrderDto): void {
    this.afterAction(
      this.dialog.open<RefundDialog, OrderDto, OrderDto>(RefundDialog, {
        data: order,
        width: '560px',
        maxWidth: '95vw',
      }),
      'Refund recorded.',
    );
  }

  protected act(order: OrderDto, action: OrderAction): void {
    const messages: Record<OrderAction, string> = {
      capture: 'Payment captured.',
      cancel: 'Order cancelled.',
      complete: 'Order completed.',
    };
    this.afterAction(
      this.dialog.open<OrderActionDialog, OrderActionDialogData, OrderDto>(OrderActionDialog, {
        data: { order, action },
        width: '480px',
        maxWidth: '95vw',
      }),
      messages[action],
    );
  }

  protected reload(): void {
    this.loaded.reload();
  }

  protected replace(order: OrderDto): void {
    this.order.set(order);
  }

  private afterAction(ref: MatDialogRef<unknown, OrderDto>, message: string): void {
    ref.afterClosed().subscribe((order) => {
      if (order) {
        this.order.set(order);
        this.notifier.success(message);
      } else {
        // A dialog closed on a stale version leaves the page to show what the server has now.
        this.loaded.reload();
      }
    });
  }
}
