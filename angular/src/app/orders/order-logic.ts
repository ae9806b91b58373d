import { ApiOrderingOrdersGet$Params } from '../api/generated/fn/orders/api-ordering-orders-get';
import { OrderDto } from '../api/generated/models/order-dto';
import { OrderLineDto } from '../api/generated/models/order-line-dto';
import { OrderSort } from '../api/generated/models/order-sort';
import { OrderStatus } from '../api/generated/models/order-status';
import { OrderTimelineEntryDto } from '../api/generated/models/order-timeline-entry-dto';
import { PaymentStatus } from '../api/generated/models/payment-status';
import { PageState } from '../shared/paged-table/paged-table';

export const ORDER_PAGE_SIZES = [25, 50, 100];
export const ORDER_STATUSES: readonly OrderStatus[] = [
  'Pending',
  'Paid',
  'Shipped',
  'Completed',
  'Cancelled',
];
export const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'Pending',
  'Authorized',
  'Captured',
  'PartiallyRefunded',
  'Refunded',
  'Voided',
  'Failed',
];

/** The list's filters as the page holds them; dates are yyyy-mm-dd from date inputs. */
export interface OrderFilters {
  readonly text: string;
  readonly status: OrderStatus | '';
  readonly paymentStatus: PaymentStatus | '';
  readonly storeId: string;
  readonly placedFrom: string;
  readonly placedTo: string;
  readonly sort: OrderSort;
  readonly descending: boolean;
  readonly page: PageState;
}

/** The query of one page: empty filters left out; "placed to" includes its whole day (the server's bound is exclusive). */
export function orderListParams(filters: OrderFilters): ApiOrderingOrdersGet$Params {
  const params: ApiOrderingOrdersGet$Params = {
    Sort: filters.sort,
    Descending: filters.descending,
    SkipCount: filters.page.index * filters.page.size,
    MaxResultCount: filters.page.size,
  };
  if (filters.text) params.Text = filters.text;
  if (filters.status) params.Status = filters.status;
  if (filters.paymentStatus) params.PaymentStatus = filters.paymentStatus;
  if (filters.storeId) params.StoreId = filters.storeId;
  if (filters.placedFrom)
    params.PlacedFrom = new Date(`${filters.placedFrom}T00:00:00`).toISOString();
  if (filters.placedTo) {
    const end = new Date(`${filters.placedTo}T00:00:00`);
    end.setDate(end.getDate() + 1);
    params.PlacedTo = end.toISOString();
  }
  return params;
}

/** "PartiallyRefunded" → "Partially refunded". */
export function statusLabel(status: string): string {
  return status
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);
}

/** The timeline newest first, as staff read it. */
export function newestFirst(timeline: readonly OrderTimelineEntryDto[]): OrderTimelineEntryDto[] {
  return [...timeline].sort((a, b) => b.at.localeCompare(a.at));
}

/** What of a line is still to ship. */
export function unshipped(line: OrderLineDto): number {
  return Math.max(0, Number(line.quantity) - Number(line.shippedQuantity));
}

/** What of a line may still be refunded. */
export function refundable(line: OrderLineDto): number {
  return Math.max(0, Number(line.quantity) - Number(line.refundedQuantity));
}

/** The lines a quantity was chosen for (a whole number above zero), as the host takes them. */
export function chosenLines(
  quantities: Record<string, number>,
): { orderLineId: string; quantity: number }[] {
  return Object.entries(quantities)
    .filter(([, quantity]) => Number.isInteger(quantity) && quantity > 0)
    .map(([orderLineId, quantity]) => ({ orderLineId, quantity }));
}

/** Which actions the order's state allows (permissions are checked apart). */
export function orderActions(order: OrderDto): {
  fulfil: boolean;
  capture: boolean;
  refund: boolean;
  cancel: boolean;
  complete: boolean;
} {
  const open = order.status === 'Pending' || order.status === 'Paid';
  return {
    fulfil: (open || order.status === 'Shipped') && order.lines.some((l) => unshipped(l) > 0),
    capture: order.paymentStatus === 'Authorized',
    refund:
      (order.paymentStatus === 'Captured' || order.paymentStatus === 'PartiallyRefunded') &&
      Number(order.refundedTotal) < Number(order.grandTotal),
    cancel: open,
    complete: order.status === 'Shipped',
  };
}

/** A refusal as staff read it: the problem's code and title; a stale version (409) asks for a reload. */
export function refusalText(problem: { status: number; code?: string; title: string }): string {
  if (problem.status === 409) {
    return `${problem.title} The order changed meanwhile: close this dialog and reload the order.`;
  }
  return problem.code ? `${problem.title} (${problem.code})` : problem.title;
}

/** A number input's model (ngModel gives a number, or '' / null when empty) as an amount; null when empty. */
export function amountOf(value: number | string | null | undefined): number | null {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? null : Number(text);
}
