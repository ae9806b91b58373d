import { NotificationKind } from '../api/generated/models/notification-kind';
import { NotificationStatus } from '../api/generated/models/notification-status';
import { NotificationTemplateDto } from '../api/generated/models/notification-template-dto';
import { PageState } from '../shared/paged-table/paged-table';

export const LOG_PAGE_SIZES = [25, 50, 100];

/** How long the editor waits after the last keystroke before it asks for a new preview. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** Every kind, in the server's order, with what the backoffice calls it. */
export const NOTIFICATION_KINDS: readonly { kind: NotificationKind; label: string }[] = [
  { kind: 'OrderPlaced', label: 'Order confirmation' },
  { kind: 'OrderPaid', label: 'Payment received' },
  { kind: 'OrderShipped', label: 'Order shipped' },
  { kind: 'OrderCancelled', label: 'Order cancelled' },
  { kind: 'OrderRefunded', label: 'Order refunded' },
  { kind: 'CustomerRegistered', label: 'Welcome (new account)' },
  { kind: 'PasswordReset', label: 'Password reset' },
];

export const NOTIFICATION_STATUSES: readonly NotificationStatus[] = ['Queued', 'Sent', 'Failed'];

export function kindLabel(kind: NotificationKind | string): string {
  return NOTIFICATION_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}

export function isKind(value: string | null | undefined): value is NotificationKind {
  return NOTIFICATION_KINDS.some((k) => k.kind === value);
}

/** The template of one kind out of the store's list. */
export function templateOf(
  templates: readonly NotificationTemplateDto[] | undefined,
  kind: string,
): NotificationTemplateDto | undefined {
  return templates?.find((t) => t.kind === kind);
}

export interface LogQuery {
  readonly kind: NotificationKind | '';
  readonly status: NotificationStatus | '';
  readonly orderId: string;
  readonly customerId: string;
  readonly page: PageState;
}

/** The log's filters as the host's query parameters; empty filters left out. */
export function logListParams(query: LogQuery) {
  return {
    Kind: query.kind || undefined,
    Status: query.status || undefined,
    OrderId: query.orderId.trim() || undefined,
    CustomerId: query.customerId.trim() || undefined,
    SkipCount: query.page.index * query.page.size,
    MaxResultCount: query.page.size,
  };
}

/** The names a template can use, shown beside the editor (decision 0009 has the full table). */
export const TEMPLATE_VARIABLES: readonly string[] = [
  'store.name',
  'store.url',
  'store.contact_email',
  'recipient.name',
  'order.number',
  'order.placed_at',
  'order.lines (product_title, variant_title, sku, quantity, unit_price, line_total)',
  'order.subtotal',
  'order.shipping_total',
  'order.tax_total',
  'order.grand_total',
  'order.shipping_address',
  'order.payment_instructions',
  'order.tracking_number',
  'order.tracking_url',
  'order.refunded_amount',
  'order.cancellation_reason',
  'action_url',
];
