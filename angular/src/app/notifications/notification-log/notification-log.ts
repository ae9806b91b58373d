import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';

import { Api } from '../../api/generated/api';
import { apiNotificationsLogGet } from '../../api/generated/fn/notification-log/api-notifications-log-get';
import { NotificationKind } from '../../api/generated/models/notification-kind';
import { NotificationStatus } from '../../api/generated/models/notification-status';
import { PagedTable } from '../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../shared/paged-table/paged-table-paginator';
import {
  LOG_PAGE_SIZES,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  kindLabel,
  logListParams,
} from '../notifications-logic';

/**
 * The notifications requested, newest first, server-paged and filtered by kind and status; ?orderId=… or
 * ?customerId=… (the links an order page gives) narrow it to one order or one customer.
 */
@Component({
  selector: 'app-notification-log',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './notification-log.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 16px;
    }

    .status[data-status='Failed'] {
      color: var(--mat-sys-error);
      font-weight: 500;
    }

    .error {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationLog {
  private readonly api = inject(Api);

  /** From the query string: one order's notifications. */
  readonly orderId = input<string | undefined>(undefined);

  /** From the query string: one customer's notifications. */
  readonly customerId = input<string | undefined>(undefined);

  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly statuses = NOTIFICATION_STATUSES;
  protected readonly pageSizes = LOG_PAGE_SIZES;
  protected readonly label = kindLabel;
  protected readonly columns = ['time', 'kind', 'recipient', 'subject', 'status', 'attempts'];

  protected readonly kind = signal<NotificationKind | ''>('');
  protected readonly status = signal<NotificationStatus | ''>('');
  protected readonly order = linkedSignal(() => this.orderId() ?? '');
  protected readonly customer = linkedSignal(() => this.customerId() ?? '');
  protected readonly log = new PagedTable({
    filters: () => ({
      kind: this.kind(),
      status: this.status(),
      orderId: this.order(),
      customerId: this.customer(),
    }),
    load: (filters, page) =>
      this.api.invoke(apiNotificationsLogGet, logListParams({ ...filters, page })),
  });
}
