import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';

import { Api } from '../../api/generated/api';
import { apiNotificationsLogGet } from '../../api/generated/fn/notification-log/api-notifications-log-get';
import { NotificationKind } from '../../api/generated/models/notification-kind';
import { NotificationLogDto } from '../../api/generated/models/notification-log-dto';
import { NotificationStatus } from '../../api/generated/models/notification-status';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import {
  LOG_PAGE_SIZES,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  kindLabel,
  logListParams,
} from '../notifications-logic';

/**
 * The notifications requested, newest first, server-paged and filtered by kind and status; ?orderId=… (the
 * link an order page gives) narrows it to one order.
 */
@Component({
  selector: 'app-notification-log',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
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
  private readonly notifier = inject(ProblemNotifier);

  /** From the query string: one order's notifications. */
  readonly orderId = input<string | undefined>(undefined);

  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly statuses = NOTIFICATION_STATUSES;
  protected readonly pageSizes = LOG_PAGE_SIZES;
  protected readonly label = kindLabel;
  protected readonly columns = ['time', 'kind', 'recipient', 'subject', 'status', 'attempts'];

  protected readonly kind = signal<NotificationKind | ''>('');
  protected readonly status = signal<NotificationStatus | ''>('');
  protected readonly order = linkedSignal(() => this.orderId() ?? '');
  protected readonly page = linkedSignal<unknown, { index: number; size: number }>({
    source: () => [this.kind(), this.status(), this.order()],
    computation: (_, previous) => ({ index: 0, size: previous?.value.size ?? 25 }),
  });

  protected readonly log = rxResource({
    params: () =>
      logListParams({
        kind: this.kind(),
        status: this.status(),
        orderId: this.order(),
        page: this.page(),
      }),
    stream: ({ params }) => this.api.invoke(apiNotificationsLogGet, params),
  });

  private readonly shown = linkedSignal<
    { items: NotificationLogDto[]; totalCount: number } | undefined,
    { items: NotificationLogDto[]; totalCount: number }
  >({
    source: () => {
      const value = this.log.hasValue() ? this.log.value() : undefined;
      return value && { items: value.items, totalCount: Number(value.totalCount) };
    },
    computation: (value, previous) => value ?? previous?.value ?? { items: [], totalCount: 0 },
  });
  protected readonly rows = computed(() => this.shown().items);
  protected readonly totalCount = computed(() => this.shown().totalCount);

  constructor() {
    effect(() => {
      const error = this.log.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected pageChanged(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }
}
