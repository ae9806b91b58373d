import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { concatMap, filter, from, last, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiStoresPaymentProvidersGet } from '../../../api/generated/fn/payment-methods/api-stores-payment-providers-get';
import { apiStoresStoreIdPaymentMethodsGet } from '../../../api/generated/fn/payment-methods/api-stores-store-id-payment-methods-get';
import { apiStoresStoreIdPaymentMethodsIdDelete } from '../../../api/generated/fn/payment-methods/api-stores-store-id-payment-methods-id-delete';
import { apiStoresStoreIdPaymentMethodsIdPut } from '../../../api/generated/fn/payment-methods/api-stores-store-id-payment-methods-id-put';
import { apiStoresIdGet } from '../../../api/generated/fn/stores/api-stores-id-get';
import { PaymentMethodDto } from '../../../api/generated/models/payment-method-dto';
import { PaymentProviderDto } from '../../../api/generated/models/payment-provider-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { StoreHeader } from '../../store-header/store-header';
import { PaymentDialog, PaymentDialogData } from '../payment-dialog/payment-dialog';
import { methodUpdate, reorder } from '../payment-form';

/** A provider as the page shows it: whether the store has it, and whether the platform lets the tenant add it. */
export interface ProviderCard {
  readonly provider: PaymentProviderDto;
  readonly method: PaymentMethodDto | null;
  readonly allowed: boolean;
}

/**
 * A store's payment methods in checkout order (drag or Up/Down to reorder), each enabled or not; below them the
 * providers the store can add. Providers the platform policy does not allow are greyed with the reason. Changing
 * anything needs Commerce.Stores.ManagePayments.
 */
@Component({
  selector: 'app-payment-methods',
  imports: [
    DragDropModule,
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    StoreHeader,
  ],
  templateUrl: './payment-methods.html',
  styleUrl: './payment-methods.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentMethods {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  /** The store's id, from the route. */
  readonly id = input.required<string>();

  protected readonly canManage = computed(() =>
    this.config.isGranted(Permissions.StoresManagePayments),
  );
  protected readonly reordering = signal(false);

  protected readonly store = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.api.invoke(apiStoresIdGet, { id: params.id }),
  });
  protected readonly storeValue = computed(() =>
    this.store.hasValue() ? this.store.value() : null,
  );
  protected readonly providers = rxResource({
    stream: () => this.api.invoke(apiStoresPaymentProvidersGet),
  });
  protected readonly methods = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) =>
      this.api.invoke(apiStoresStoreIdPaymentMethodsGet, { storeId: params.id }),
  });

  /** The store's methods in checkout order. */
  protected readonly ordered = computed(() =>
    [...(this.methods.hasValue() ? this.methods.value() : [])].sort(
      (a, b) =>
        Number(a.position) - Number(b.position) || a.displayName.localeCompare(b.displayName),
    ),
  );
  private readonly providerList = computed(() =>
    this.providers.hasValue() ? this.providers.value() : [],
  );
  protected readonly cards = computed<ProviderCard[]>(() =>
    this.providerList().map((provider) => ({
      provider,
      method: this.ordered().find((method) => method.provider === provider.name) ?? null,
      allowed: provider.isAllowed !== false,
    })),
  );
  protected readonly loading = computed(
    () => this.methods.isLoading() || this.providers.isLoading() || this.reordering(),
  );

  constructor() {
    effect(() => {
      const error = this.methods.error() ?? this.providers.error() ?? this.store.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected providerName(method: PaymentMethodDto): string {
    return (
      this.providerList().find((p) => p.name === method.provider)?.displayName ?? method.provider
    );
  }

  protected enable(provider: PaymentProviderDto): void {
    const positions = this.ordered().map((method) => Number(method.position));
    this.open(provider, null, positions.length ? Math.max(...positions) + 1 : 0);
  }

  protected edit(method: PaymentMethodDto): void {
    const provider = this.providerList().find((p) => p.name === method.provider);
    if (provider) {
      this.open(provider, method, Number(method.position));
    }
  }

  protected toggle(method: PaymentMethodDto, enabled: boolean): void {
    this.api
      .invoke(apiStoresStoreIdPaymentMethodsIdPut, {
        storeId: this.id(),
        id: method.id,
        body: methodUpdate(method, { isEnabled: enabled }),
      })
      .subscribe({
        next: (saved) => {
          this.notifier.success(
            `${saved.displayName} is ${saved.isEnabled ? 'enabled' : 'disabled'}.`,
          );
          this.methods.reload();
        },
        error: (error: unknown) => {
          this.notifier.notify(error);
          this.methods.reload();
        },
      });
  }

  protected move(fromIndex: number, toIndex: number): void {
    const methods = this.ordered();
    if (fromIndex === toIndex || toIndex < 0 || toIndex >= methods.length) {
      return;
    }
    // Only the methods whose position changes are saved, one after the other (each with its own version).
    const changed = reorder(methods, fromIndex, toIndex).filter(
      ({ method, position }) => Number(method.position) !== position,
    );
    this.reordering.set(true);
    from(changed)
      .pipe(
        concatMap(({ method, position }) =>
          this.api.invoke(apiStoresStoreIdPaymentMethodsIdPut, {
            storeId: this.id(),
            id: method.id,
            body: methodUpdate(method, { position }),
          }),
        ),
        last(),
      )
      .subscribe({
        next: () => {
          this.reordering.set(false);
          this.notifier.success('Checkout order saved.');
          this.methods.reload();
        },
        error: (error: unknown) => {
          this.reordering.set(false);
          this.notifier.notify(error);
          this.methods.reload();
        },
      });
  }

  protected dropped(event: CdkDragDrop<PaymentMethodDto[]>): void {
    this.move(event.previousIndex, event.currentIndex);
  }

  protected remove(method: PaymentMethodDto): void {
    const data: ConfirmDialogData = {
      title: `Remove ${method.displayName}?`,
      message: 'Customers can no longer pay with it. Its settings, secrets included, are deleted.',
      confirm: 'Remove',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiStoresStoreIdPaymentMethodsIdDelete, {
            storeId: this.id(),
            id: method.id,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${method.displayName} is removed.`);
          this.methods.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private open(
    provider: PaymentProviderDto,
    method: PaymentMethodDto | null,
    position: number,
  ): void {
    const data: PaymentDialogData = { storeId: this.id(), provider, method, position };
    this.dialog
      .open(PaymentDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: PaymentMethodDto) => {
        if (saved) {
          this.notifier.success(`${saved.displayName} is saved.`);
          this.methods.reload();
        }
      });
  }
}
