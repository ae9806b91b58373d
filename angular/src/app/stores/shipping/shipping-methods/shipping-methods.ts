import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiStoresStoreIdShippingMethodsGet } from '../../../api/generated/fn/shipping-methods/api-stores-store-id-shipping-methods-get';
import { apiStoresStoreIdShippingMethodsIdDelete } from '../../../api/generated/fn/shipping-methods/api-stores-store-id-shipping-methods-id-delete';
import { apiStoresStoreIdShippingMethodsIdPut } from '../../../api/generated/fn/shipping-methods/api-stores-store-id-shipping-methods-id-put';
import { apiStoresIdGet } from '../../../api/generated/fn/stores/api-stores-id-get';
import { ShippingMethodDto } from '../../../api/generated/models/shipping-method-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions, Policies } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { StoreHeader } from '../../store-header/store-header';
import { ShippingDialog, ShippingDialogData } from '../shipping-dialog/shipping-dialog';
import { destinationSummary, rateSummary, shippingTypeLabel } from '../shipping-form';

/**
 * A store's shipping methods: type, rates and destinations at a glance, enabled toggles; add, edit and delete
 * with Commerce.Stores.ManageShipping. The host refuses types the platform policy does not allow, and says so.
 */
@Component({
  selector: 'app-shipping-methods',
  imports: [
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    StoreHeader,
  ],
  templateUrl: './shipping-methods.html',
  styleUrl: './shipping-methods.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShippingMethods {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  /** The store's id, from the route. */
  readonly id = input.required<string>();

  protected readonly canManage = computed(() =>
    this.config.isGranted(Permissions.StoresManageShipping),
  );
  protected readonly columns = computed(() => [
    'name',
    'type',
    'rates',
    'destinations',
    'enabled',
    ...(this.canManage() ? ['actions'] : []),
  ]);

  protected readonly store = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.api.invoke(apiStoresIdGet, { id: params.id }),
  });
  protected readonly storeValue = computed(() =>
    this.store.hasValue() ? this.store.value() : null,
  );
  protected readonly methods = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) =>
      this.api.invoke(apiStoresStoreIdShippingMethodsGet, { storeId: params.id }),
  });
  protected readonly rows = computed(() => (this.methods.hasValue() ? this.methods.value() : []));

  constructor() {
    effect(() => {
      const error = this.methods.error() ?? this.store.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected typeLabel(method: ShippingMethodDto): string {
    return shippingTypeLabel(method.type);
  }

  protected rates(method: ShippingMethodDto): string {
    const store = this.storeValue();
    return rateSummary(method, store?.currency ?? 'USD', store?.defaultLocale);
  }

  protected destinations(method: ShippingMethodDto): string {
    return destinationSummary(method);
  }

  protected add(): void {
    this.open(null);
  }

  protected edit(method: ShippingMethodDto): void {
    this.open(method);
  }

  /** Turns a method on or off: the whole method with its version (enabling is checked against the policy). */
  protected toggle(method: ShippingMethodDto, enabled: boolean): void {
    this.api
      .invoke(apiStoresStoreIdShippingMethodsIdPut, {
        storeId: this.id(),
        id: method.id,
        body: {
          name: method.name,
          description: method.description,
          isEnabled: enabled,
          price: method.price,
          freeAboveAmount: method.freeAboveAmount,
          weightRates: method.weightRates,
          destinations: method.destinations,
          version: method.version,
        },
      })
      .subscribe({
        next: (saved) => {
          this.notifier.success(`${saved.name} is ${saved.isEnabled ? 'enabled' : 'disabled'}.`);
          this.methods.reload();
        },
        error: (error: unknown) => {
          this.notifier.notify(error);
          this.methods.reload();
        },
      });
  }

  protected remove(method: ShippingMethodDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${method.name}?`,
      message: 'Customers can no longer choose it at checkout.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiStoresStoreIdShippingMethodsIdDelete, {
            storeId: this.id(),
            id: method.id,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${method.name} is deleted.`);
          this.methods.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private open(method: ShippingMethodDto | null): void {
    const data: ShippingDialogData = {
      storeId: this.id(),
      method,
      currency: this.storeValue()?.currency ?? 'USD',
      allowedTypes: this.config.policy(Policies.AllowedShippingMethodTypes),
    };
    this.dialog
      .open(ShippingDialog, { data, width: '680px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: ShippingMethodDto) => {
        if (saved) {
          this.notifier.success(`${saved.name} is saved.`);
          this.methods.reload();
        }
      });
  }
}
