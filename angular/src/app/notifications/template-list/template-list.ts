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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { of } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiNotificationsTemplatesStoreIdGet } from '../../api/generated/fn/notification-templates/api-notifications-templates-store-id-get';
import { apiStoresGet } from '../../api/generated/fn/stores/api-stores-get';
import { NotificationTemplateDto } from '../../api/generated/models/notification-template-dto';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { kindLabel } from '../notifications-logic';

/**
 * A store's notifications, one row per kind: the subject it sends and whether the store customized the
 * template or sends the default. The store is chosen above the table (and kept in the address, ?store=…).
 */
@Component({
  selector: 'app-template-list',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
  ],
  templateUrl: './template-list.html',
  styles: `
    .filters {
      display: flex;
      gap: 16px;
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateList {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly notifier = inject(ProblemNotifier);

  /** From the query string: the store whose templates are shown. */
  readonly store = input<string | undefined>(undefined);

  protected readonly label = kindLabel;
  protected readonly columns = ['kind', 'subject', 'state', 'actions'];

  protected readonly stores = rxResource({
    params: () => true,
    stream: () => this.api.invoke(apiStoresGet),
  });
  protected readonly storeList = computed(() =>
    this.stores.hasValue() ? this.stores.value() : [],
  );
  protected readonly storeId = linkedSignal(() => this.store() ?? this.storeList()[0]?.id ?? '');

  protected readonly templates = rxResource({
    params: () => this.storeId(),
    stream: ({ params }) =>
      params
        ? this.api.invoke(apiNotificationsTemplatesStoreIdGet, { storeId: params })
        : of([] as NotificationTemplateDto[]),
  });
  protected readonly rows = computed(() =>
    this.templates.hasValue() ? this.templates.value() : [],
  );

  constructor() {
    effect(() => {
      const error = this.stores.error() ?? this.templates.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected chooseStore(id: string): void {
    this.storeId.set(id);
    void this.router.navigate([], { queryParams: { store: id }, replaceUrl: true });
  }
}
