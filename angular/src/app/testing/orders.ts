import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { OrderDto } from '../api/generated/models/order-dto';
import { OrderListItemDto } from '../api/generated/models/order-list-item-dto';
import { STORE_OWNER } from './application-configurations';

/** Test data: a store owner granted every ordering permission. */
export const ORDERS_OWNER: ApplicationConfigurationDto = {
  ...STORE_OWNER,
  grantedPermissions: [
    ...STORE_OWNER.grantedPermissions,
    'Commerce.Ordering.Orders',
    'Commerce.Ordering.Orders.Manage',
    'Commerce.Ordering.Orders.Fulfil',
    'Commerce.Ordering.Orders.Refund',
  ],
};

/** Test data: a row of the order list. */
export function orderListItem(changes: Partial<OrderListItemDto> = {}): OrderListItemDto {
  return {
    id: 'o1',
    number: '#1001',
    storeId: 's-1',
    status: 'Paid',
    paymentStatus: 'Captured',
    email: 'ada@example.test',
    customerName: 'Ada Shopper',
    grandTotal: 54,
    currency: 'USD',
    itemCount: 2,
    placedAt: '2026-11-24T12:00:00Z',
    ...changes,
  };
}

/** Test data: a paid order of two bottles, nothing shipped. */
export function order(changes: Partial<OrderDto> = {}): OrderDto {
  return {
    id: 'o1',
    number: '#1001',
    storeId: 's-1',
    status: 'Paid',
    paymentStatus: 'Captured',
    email: 'ada@example.test',
    phone: null,
    customerId: null,
    shippingAddress: {
      name: 'Ada Shopper',
      line1: '1 Main Street',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      countryCode: 'US',
    },
    shippingMethodId: 'sm1',
    shippingMethodName: 'Standard',
    paymentMethodId: 'pm1',
    paymentMethodName: 'Card',
    currency: 'USD',
    pricesIncludeTax: false,
    subtotal: 49,
    shippingTotal: 5,
    taxTotal: 0,
    grandTotal: 54,
    refundedTotal: 0,
    placedAt: '2026-11-24T12:00:00Z',
    lines: [
      {
        id: 'l1',
        productId: 'p1',
        variantId: 'v1',
        productTitle: 'Trail Bottle',
        variantTitle: null,
        sku: 'TB-1',
        unitPrice: 24.5,
        quantity: 2,
        tax: 0,
        lineTotal: 49,
        shippedQuantity: 0,
        refundedQuantity: 0,
      },
    ],
    shipments: [],
    payments: [],
    timeline: [
      {
        kind: 'Placed',
        message: 'Order placed.',
        authorName: 'Ada Shopper',
        at: '2026-11-24T12:00:00Z',
      },
      {
        kind: 'Payment',
        message: 'Payment captured.',
        authorName: 'System',
        at: '2026-11-24T12:00:01Z',
      },
    ],
    version: 3,
    ...changes,
  };
}

/** Renders an order dialog with its data against the test backend; `close` stands for the dialog's close(). */
export async function renderOrderDialog<T>(
  dialog: Type<T>,
  data: unknown,
  close: unknown,
): Promise<{ fixture: ComponentFixture<T>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    imports: [dialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(dialog);
  await fixture.whenStable();
  return { fixture, backend };
}
