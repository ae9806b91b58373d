import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiStoresGet } from '../../api/generated/fn/stores/api-stores-get';
import { apiStoresIdDelete } from '../../api/generated/fn/stores/api-stores-id-delete';
import { StoreDto } from '../../api/generated/models/store-dto';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Features, Permissions } from '../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';
import { CreateStoreDialog } from '../create-store-dialog/create-store-dialog';
import { storefrontUrl } from '../shared/regional';

/**
 * Why the plan does not allow another store, or null when it does: a second store needs the multi-store feature,
 * and no plan allows more than its store limit (when the host sends one).
 */
export function storeLimitReason(
  count: number,
  multiStore: boolean,
  maxStores: number | undefined,
): string | null {
  if (count >= 1 && !multiStore) {
    return 'Your plan includes one store. Upgrade to a plan with multi-store to open another.';
  }
  if (maxStores !== undefined && Number.isFinite(maxStores) && count >= maxStores) {
    return `Your plan allows ${maxStores} store${maxStores === 1 ? '' : 's'}. Upgrade the plan to open another.`;
  }
  return null;
}

/**
 * The account's stores: name, storefront address, status, currency. "Add store" with the create permission, or,
 * when the plan allows no more stores, the reason instead of a button that would fail.
 */
@Component({
  selector: 'app-store-list',
  imports: [MatButtonModule, MatMenuModule, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './store-list.html',
  styleUrl: './store-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.StoresCreate));
  protected readonly canDelete = computed(() => this.config.isGranted(Permissions.StoresDelete));
  protected readonly columns = ['name', 'address', 'status', 'currency', 'actions'];

  protected readonly stores = rxResource({ stream: () => this.api.invoke(apiStoresGet) });
  protected readonly rows = computed(() => (this.stores.hasValue() ? this.stores.value() : []));

  /** Why no store can be added, once the list is known. */
  protected readonly limitReason = computed(() => {
    if (!this.stores.hasValue()) {
      return null;
    }
    const max = this.config.feature(Features.MaxStoreCount);
    return storeLimitReason(
      this.rows().length,
      this.config.isFeatureEnabled(Features.MultiStore),
      max === undefined || max === '' ? undefined : Number(max),
    );
  });
  protected readonly showAdd = computed(
    () => this.canCreate() && this.stores.hasValue() && !this.limitReason(),
  );

  constructor() {
    effect(() => {
      const error = this.stores.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected url(store: StoreDto): string | null {
    return store.defaultDomain ? storefrontUrl(store.defaultDomain) : null;
  }

  protected add(): void {
    this.dialog
      .open(CreateStoreDialog, { width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((store?: StoreDto) => {
        if (store) {
          this.notifier.success(`${store.name} is created.`);
          void this.router.navigate(['/stores', store.id]);
        }
      });
  }

  /** Asks, then deletes; the account's last store is refused (409), and the host says why. */
  protected remove(store: StoreDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${store.name}?`,
      message:
        'Its storefront goes offline and its addresses are released. Its settings, shipping and payment methods are deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiStoresIdDelete, { id: store.id })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${store.name} is deleted.`);
          this.stores.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }
}
